import type { Kind } from '../types.js';
import type { DemandClause } from './demand.js';

// Section 2: the words of each kind, tested on the demand clauses; precedence is the order of KIND_ORDER.

const MEETING =
  /参会|与会|出席|列席|开会|参加(?!保险)|准时到|(?:定于|将于|拟于|原定)[^。]{0,40}(?:召开|举行|举办)|开[\u4e00-\u9fa5]{1,10}(?:会|讲座|培训)(?![计员议])|碰一下|碰个头/;
const REPORT =
  /(?:名单|名册|表|台账|方案|材料|报告|总结|清单|资料|记录|数据|数字|数量|面积|长度|人数|户数|情况)[^,，。]{0,6}(?<![通汇举公预简周月日])(?:报|交|发|送)(?:到|至|给)?(?!现|布|放|生|展|动|道)|报送|上报|填报|填写|填表|提交|统计|问卷|摸底|报(?:我|给|一下|一报|零|齐|数)|速报|汇总报|(?<!转)发(?:我|给我)|(?<![转已])(?:报|发|交|送)(?:至|到)?(?:镇|乡|县|区|市|各?村委|组织|综治|民政|安监|社保|武装|党政|宣传|邮箱)/;
const CHECKIN = /打卡|签到|定位|报平安|位置共享|共享位置/;
const REPOST = /(?<!已)(?:转发|分享|转载|扩散)(?![:：])|朋友圈/;
const ENGAGE =
  /点赞|评论|投票|(?<!注意)关注(?:公众号|视频号|账号|抖音|微博|["“])?|观看|收看|学习强国|积分|(?:线上|网上|网络|在线)学习|学时|当日学习|答题|打榜|助力|浏览/;
// Concrete work; a verb used as a noun ("走访照片", "检查情况") is not a demand to do it.
const TASK =
  /(?:(?:通知|告知|提醒|宣传)到(?:户|人|位|每)|排查|走访|检查|清理|清扫|值班|值守|巡查|巡逻|巡山|撒盐|除冰|入户|查看|看一下|看看|处理|整改|转移|疏散|摸排|核查|核实|上门|张贴|发放|执行|落实|开展|做好|带班|问询|慰问|劝导|维修|救助|安置)(?![\u4e00-\u9fa5]{0,3}(?:照片|情况|台账|记录|表|名单|结果|数据|材料|报告|总结|工作照))/;
const ACK_ONLY = /收到|回复|接龙|查收|查阅|阅读|阅知|知悉|周知|学习领会|传达/;
const PHOTO_WORDS = /照片|拍照|截图|截屏|工作照|图片|相片/;

/** Kind of a directive given its demand clauses; null when nothing in it is a demand of any kind. */
export function detectKind(clauses: DemandClause[]): Kind {
  const firm = clauses.filter((c) => !c.conditional);
  const any = (re: RegExp) => firm.some((c) => re.test(c.text));
  // Sending photos or screenshots back is proof of other work, unless nothing else is asked.
  const reportFirm = firm.some((c) => REPORT.test(c.text) && !PHOTO_WORDS.test(c.text));
  const reportPhoto = firm.some((c) => REPORT.test(c.text) && PHOTO_WORDS.test(c.text));
  if (any(MEETING)) return 'meeting';
  if (reportFirm) return 'report';
  if (any(CHECKIN)) return 'checkin';
  if (any(REPOST)) return 'repost';
  if (any(ENGAGE)) return 'engage';
  if (any(TASK)) return 'task';
  if (reportPhoto) return 'report';
  if (any(ACK_ONLY)) return 'ack';
  return 'task';
}
