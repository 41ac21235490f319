// Urgency words (the 尽快/立即 row) and standing rules, read on normalised text.

const URGENT =
  /尽快|立即|立刻|即刻|马上|立马|火速|从速|第一时间|(?<![快高加迅神极风车光时])速(?:报|回|到|办|来|查|发|交|转|去|赶|核|传|送|上报|反馈)/;

/** A demand for immediate action ("尽快", "立即", "马上", "速报", "第一时间"). */
export function hasUrgencyWord(text: string): boolean {
  return URGENT.test(text);
}

// "今后/此后/以后…" with a general scope: a rule for all future messages, not a dated demand.
const STANDING = /(?:^|[^\d日号天点时周月年])(?:今后|此后|往后|日后|以后|从今往后)/;
const STANDING_SCOPE = /所有|凡是?|一律|均须|均需|均要|每条|每次|任何|分钟内|即时回复|及时回复/;

// "节日期间群内通知请10分钟内回复": a reply-time demand over a period or over all messages is standing too.
const REPLY_WITHIN =
  /(?:\d+|[一二两三四五六七八九十半]+)\s*分钟(?:之)?内[^,，。]{0,4}(?:回复|响应|回应|答复|反馈)|即时(?:回复|响应|回应)|秒回/;
const STANDING_PERIOD = /期间|今后|此后|以后|往后|日后|所有|凡是?|一律|每条|每次|任何|群内|群里/;

export function isStandingRule(text: string): boolean {
  return (
    (STANDING.test(text) && STANDING_SCOPE.test(text)) ||
    (REPLY_WITHIN.test(text) && STANDING_PERIOD.test(text))
  );
}
