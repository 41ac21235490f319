// Text normalisation for time reading: traditional time characters, full-width forms and Chinese
// number words become one canonical spelling, so the token patterns stay small.

const TRAD: Record<string, string> = {
  點: '点',
  時: '时',
  號: '号',
  週: '周',
  個: '个',
  內: '内',
  後: '后',
  儘: '尽',
  馬: '马',
  間: '间',
  鐘: '钟',
  兩: '两',
  這: '这',
  禮: '礼',
  開: '开',
  舉: '举',
  會: '会',
  報: '报',
  結: '结',
  圍: '围',
  們: '们',
  請: '请',
  將: '将',
  於: '于',
  層: '层',
  曆: '历',

  現: '现',
  發: '发',
  條: '条',
  連: '连',
  夠: '够',
  麼: '么',
  長: '长',
  調: '调',
  遲: '迟',
  進: '进',
  辦: '办',
  轉: '转',
  傳: '传',
};

const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese number word up to 99 ("十" 10, "二十五" 25, "十二" 12); null when not one. */
export function chineseNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const ten = word.indexOf('十');
  if (ten < 0) {
    if (word.length !== 1) return null;
    return DIGIT[word] ?? null;
  }
  const head = word.slice(0, ten);
  const tail = word.slice(ten + 1);
  const tens = head === '' ? 1 : (DIGIT[head] ?? Number.NaN);
  const ones = tail === '' ? 0 : (DIGIT[tail] ?? Number.NaN);
  if (head.length > 1 || tail.length > 1) return null;
  const v = tens * 10 + ones;
  return Number.isNaN(v) ? null : v;
}

// A number word counts only before a time unit; "第一时间", "一点点" and "积极一点" stay words.
const NUM_BEFORE_UNIT =
  /([零〇一二两三四五六七八九十]{1,3})(?=个半?(?:小时|钟头|工作日|月|星期|礼拜)|小时|钟头|点|时(?![间候期段效代])|分钟|分(?!之)|月|日|号|天|周(?![一二三四五六日天])|工作日|刻)/g;

// "一点" after a degree word ("早一点到", "快一点") means "a bit", not one o'clock.
const A_BIT = /([早晚快慢多少好高低大小些稍再强深细实紧])一点/g;

export function normalizeText(text: string): string {
  let s = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e && !'（），：；！？'.includes(ch)) {
      s += String.fromCharCode(code - 0xfee0);
    } else {
      s += TRAD[ch] ?? ch;
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
