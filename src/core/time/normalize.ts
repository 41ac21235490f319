import { chineseNumber, toSimplified } from '../text/index.js';

// Text normalisation for time reading: traditional time characters, full-width forms and Chinese
// number words become one canonical spelling, so the token patterns stay small.

// A number word counts only before a time unit; "第一时间", "一点点" and "积极一点" stay words.
const NUM_BEFORE_UNIT =
  /([零〇一二两三四五六七八九十]{1,3})(?=个半?(?:小时|钟头|工作日|月|星期|礼拜)|小时|钟头|点|时(?![间候期段效代])|分钟|分(?!之)|月|日|号|天|周(?![一二三四五六日天])|工作日|刻)/g;

// "一点" after a degree word ("早一点到", "快一点") means "a bit", not one o'clock.
const A_BIT = /([早晚快慢多少好高低大小些稍再强深细实紧])一点/g;

export function normalizeText(text: string): string {
  let s = '';
  for (const ch of toSimplified(text)) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e && !'（），：；！？'.includes(ch)) {
      s += String.fromCharCode(code - 0xfee0);
    } else {
      s += ch;
    }
  }
  s = s.replace(/(\d)\s*：\s*(\d)/g, '$1:$2').replace(/\u3000/g, ' ');
  s = s.replace(A_BIT, '$1一丁点');
  s = s.replace(NUM_BEFORE_UNIT, (word: string) => {
    const v = chineseNumber(word);
    return v === null ? word : String(v);
  });
  return s.replace(/一丁点/g, '一点').toLowerCase();
}
