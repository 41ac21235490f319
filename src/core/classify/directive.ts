import { parseAddressees } from './addressees.js';
import { detectChange } from './change.js';
import { stripLead } from './clauses.js';
import { demandClauses } from './demand.js';
import { parseReply } from './reply.js';

// Section 1: a directive asks the readers to do something. These are the ways a demand is worded.

/** A time limit ("5点前", "周五前", "下班前", "3天内") directly followed by the action. */
const DEADLINE_ACTION =
  /(?:\d|[日号天晚早午底班点时钟]|周[一二三四五六日天]|星期[一二三四五六日天])(?:之|以)?(?:前|内)[,，\s]*(?:大家|各位|各[\u4e00-\u9fa5()]{1,8}?)?(?:将|把|在|到|完成|报|发|提交|上传|打卡|签到|转发|投票|填|交|参加|参会)/;
/** Polite or indirect asks without 请: "麻烦大家转发一下", "记得下班前把表交上来". */
const POLITE =
  /(?:麻烦|烦请|劳烦|务请|帮忙|希望|望各|需要各|需各|记得|别忘了|不要忘记)[^,，。]{0,15}(?:转发|分享|投票|点赞|报|填|参加|参会|打卡|签到|完成|提交|落实|排查|统计|上传|发|交|到)/;
/** An addressee as the subject of an obligation: "各村要在周五前…", "大家于今晚8点前…". */
const SUBJECT_DEMAND =
  /(?:^|[,，:])(?:各位|大家|全体[\u4e00-\u9fa5]{0,4}|各[\u4e00-\u9fa5()]{1,8}?)(?:要|需|须|应|务必|及时|按时|抓紧|于|在\d|将|把|立即|尽快|马上)/;
/** A meeting notice: "定于…召开…". */
const MEETING_NOTICE = /(?:定于|拟定于|拟于)[^。]{0,40}(?:召开|举行|举办|开展)/;
/** An explicit reminder restates a demand. */
const REMINDER = /再(?:次)?提醒|提醒一下|^提醒[:：]/;
const ACK_DEMAND = /收到请?回复|请回复|回复\s*["“]?收到|请?接龙|阅读后接龙|请确认/;
const OBLIGATION = /务必|必须|须于|须在|一律|不得|严禁|按时|准时|要求各/;
const URGENT_ACTION = /(?:马上|立即|立刻|尽快|火速|抓紧|第一时间)[\u4e00-\u9fa5]|速(?:报|将|到|去|交|查|转)/;
const RECURRING_ACTION =
  /(?:每天|每日|每周|每月|每个工作日|即日起)[^,，。]{0,20}(?:打卡|签到|报|发|转发|投票|学习|参加)/;
const VOLUNTEER = /自愿报名|报名参加|欢迎[^,，。]{0,10}参加|能参加的|踊跃(?:报名|参加|参与)/;
const ACTION =
  /开[\u4e00-\u9fa5]{0,10}会(?![计员议])|报送|上报|填报|排查|走访|检查|清理|值班|巡查|打卡|签到|转发|投票|点赞|参会|参加|开会|落实|开展|组织|完成|做好|提交|统计|上传|报我|发我/;
const MENTION_ACTION =
  /^@\S+[\s\S]{0,40}?(?:把|将|去|看一下|看看|发我|报我|联系|处理|负责|收看|观看|参加|参会|到我|来我|过来|碰一下|碰个头|开会)/;
/** Sending proof or data back, an order even without 请: "挂好后拍张照片发群里", "面积发到群里". */
const SEND_BACK =
  /(?:拍|截)[^,，。]{0,4}(?:照|图|屏)[^,，。]{0,8}(?:发|传)|(?:发|传)(?:到|至)?群里(?![了啦])|(?:报|发|交)给?我(?![们了])/;
/** A meeting at a stated time: "明天上午9点全体村干部在村委会开会". */
const TIMED_MEETING =
  /(?:\d+点|\d+:\d+|\d+时|[一二三四五六七八九十两]+点|上午|下午|晚上)[^,，。]{0,25}(?:开会|参会|召开[^,，。]{0,20}会|开[\u4e00-\u9fa5]{1,10}(?:会|讲座|培训)(?![计员议]))/;
/** Courtesies that contain 请 but ask nothing concrete. */
const COURTESY = /请(?:继续保持|再接再厉|多指教|多支持|多关照|放心|见谅|谅解)/g;

/** Starts like a reply: an acknowledgement, an "OK", a completion or a report of what was done. */
function replyLike(text: string): boolean {
  if (
    /^(?:收到|已|好的|好|嗯|ok|明白|了解|是的|对的|对|不能|不是|可以|谢谢|感谢|正在|刚刚?|我|咱)/i.test(text)
  ) {
    return true;
  }
  const r = parseReply(text);
  return r.ack || r.done !== null;
}

/** Decides whether a normalized text message is a directive. */
export function isDirectiveText(text: string): boolean {
  const t = text.trim();
  if (t.length < 4) return false;
  const clauses = demandClauses(t.replace(COURTESY, ''));
  const body = clauses.map((c) => c.text).join(',');
  const please = clauses.some((c) => c.text.includes('请'));
  // Replies, questions and answers never demand; unless they also say 请 to someone.
  if (!please && replyLike(t)) return false;
  if (!please && /[?？]\s*$/.test(t)) return false;
  if (please || ACK_DEMAND.test(body)) return true;
  const change = detectChange(t);
  if (change && change.type !== 'remind') return true;
  if (REMINDER.test(t)) return true;
  const cues = [
    DEADLINE_ACTION,
    OBLIGATION,
    URGENT_ACTION,
    RECURRING_ACTION,
    VOLUNTEER,
    POLITE,
    SUBJECT_DEMAND,
  ];
  if (cues.some((re) => re.test(body)) || MEETING_NOTICE.test(t) || MENTION_ACTION.test(t)) return true;
  if (TIMED_MEETING.test(body) || SEND_BACK.test(body)) return true;
  // A salutation ("各村:") followed by an action word is a demand even without 请.
  return (
    /^[^:。\n]{1,30}(?:(?<!\d):|:(?!\d))/.test(stripLead(t)) &&
    parseAddressees(t).length > 0 &&
    ACTION.test(body)
  );
}
