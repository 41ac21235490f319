import { normalizeText } from './simplify.js';

export interface ChangeCue {
  type: 'cancel' | 'move' | 'remind';
}

// A withdrawal: the verb ends its clause ("观摩会取消，") or is announced ("决定取消", "现予以撤回").
const CANCEL = [
  /(?:作废|撤回|撤销)(?![^,，。!！;；\n]{0,4}(?:资格|处分))/,
  /(?:取消|停办|停开)(?=\s*(?:[,，。!！;；\n]|$))/,
  /(?:决定|现|予以|暂时?|已)(?:取消|停止)(?:召开|举行|举办|报送|执行)?/,
  /原定[^。\n]{0,60}(?:取消|不再(?:召开|举行|报送))/,
];
// A new time: the change word must be followed by something that reads as a time.
const TIME_AHEAD = String.raw`\s*(?:本周|下周|周|星期|今天|明天|后天|今日|明日|月底|\d|[一二三四五六七八九十两]+[月日号点]|上午|下午|晚上|中午|下班)`;
const MOVE = new RegExp(
  `(?:延期|推迟|延后|顺延|延长|调整|改|提前|放宽)(?:至|到|为|在)${TIME_AHEAD}|(?:时间|截止时间|期限|日期)(?:调整|改|变更)为${TIME_AHEAD}`,
);
// A reminder restates an existing demand: who has not done it yet, or an explicit "remind again".
const REMIND = [
  /再(?:次)?提醒|提醒一下|^提醒[:：]|(?:^|\s)提醒[:：]/,
  /还有[^。\n]{0,20}(?:没|未)(?:报|交|投|完成|填|转|打卡|签到|回复)/,
  /(?:尚未|仍未|还没有?|目前未)(?:报|交|投|完成|填|转|打卡|签到|回复)/,
  /截至目前[^。\n]{0,20}(?:只有|仅有|还有)|报齐|交齐/,
  /请抓紧[。!！\s]*$|请抓紧[。!！]|继续抓紧|催报|催交|催办/,
];

export function detectChange(text: string): ChangeCue | null {
  const t = normalizeText(text);
  if (CANCEL.some((re) => re.test(t))) return { type: 'cancel' };
  if (MOVE.test(t)) return { type: 'move' };
  if (REMIND.some((re) => re.test(t))) return { type: 'remind' };
  return null;
}
