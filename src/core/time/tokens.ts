// Lexing of a normalised message into time tokens (dates, day words, weekdays, parts of day, clock
// times, "within" durations). Earlier patterns win where spans overlap.

export type Part = 'morning' | 'noon' | 'afternoon' | 'dusk' | 'evening' | 'night' | 'dawn' | 'offwork';

export type Token = { start: number; end: number } & (
  | { kind: 'date'; year?: number; month?: number; day: number; monthShift?: number }
  | { kind: 'rel'; offset: number; today: boolean; sameDay: boolean }
  | { kind: 'weekday'; weekday: number; week: 'this' | 'next' | 'coming' | 'after-next' | 'last' }
  | { kind: 'period'; what: 'week-end' | 'month-end' | 'year-end'; shift: number; month?: number }
  | { kind: 'part'; part: Part }
  | { kind: 'clock'; hour: number; minute: number; word: 'colon' | 'dian' | 'shi'; ampm?: 'am' | 'pm' }
  | { kind: 'within'; minutes?: number; days?: number; workdays?: number }
);

type Maker = (m: RegExpExecArray) => Omit<Token, 'start' | 'end'> | null;

const WD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const PARTS: Record<string, Part> = {
  上午: 'morning',
  早上: 'morning',
  早晨: 'morning',
  早: 'morning',
  中午: 'noon',
  下午: 'afternoon',
  傍晚: 'dusk',
  晚上: 'evening',
  晚间: 'evening',
  晚: 'evening',
  夜里: 'night',
  夜间: 'night',
  夜: 'night',
  凌晨: 'dawn',
  下班: 'offwork',
};
const REL: Record<string, number> = {
  今天: 0,
  今日: 0,
  今儿: 0,
  今: 0,
  当天: 0,
  当日: 0,
  明天: 1,
  明日: 1,
  明儿: 1,
  明: 1,
  次日: 1,
  翌日: 1,
  第2天: 1,
  后天: 2,
  大后天: 3,
  昨天: -1,
  昨日: -1,
};
const WITHIN = '(?:之|以)?内';
const num = (s: string | undefined): number => Number(s ?? 0);

const RULES: [RegExp, Maker][] = [
  [new RegExp(`(\\d{1,3})个?工作日${WITHIN}`, 'g'), (m) => ({ kind: 'within', workdays: num(m[1]) })],
  [
    new RegExp(`(\\d{1,3})?(个)?(半)?个?(?:小时|钟头)${WITHIN}`, 'g'),
    (m) => {
      if (!m[1] && !m[3]) return null;
      return { kind: 'within', minutes: num(m[1]) * 60 + (m[3] ? 30 : 0) };
    },
  ],
  [new RegExp(`(\\d{1,4})分钟${WITHIN}`, 'g'), (m) => ({ kind: 'within', minutes: num(m[1]) })],
  [new RegExp(`(\\d{1,3})(?:天|日)${WITHIN}`, 'g'), (m) => ({ kind: 'within', days: num(m[1]) })],
  [
    new RegExp(`(\\d{1,2})个?(?:周|星期|礼拜)${WITHIN}`, 'g'),
    (m) => ({ kind: 'within', days: 7 * num(m[1]) }),
  ],
  [
    /(下下|下个?|本|这个?)?(?:周|星期|礼拜)内/g,
    (m) => ({
      kind: 'period',
      what: 'week-end',
      shift: m[1]?.startsWith('下') ? (m[1].length === 2 ? 2 : 1) : 0,
    }),
  ],
  [
    /(?:(\d{1,2})月|(本|当|这个?|下个?)月月?|月)底/g,
    (m) => ({
      kind: 'period',
      what: 'month-end',
      shift: m[2]?.startsWith('下') ? 1 : 0,
      ...(m[1] ? { month: num(m[1]) } : {}),
    }),
  ],
  [/(?:本|今|当)?年底|年末/g, () => ({ kind: 'period', what: 'year-end', shift: 0 })],
  [
    /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]/g,
    (m) => ({ kind: 'date', ...(m[1] ? { year: num(m[1]) } : {}), month: num(m[2]), day: num(m[3]) }),
  ],
  [
    /(本|当|这个?|下个?)月(\d{1,2})[日号]/g,
    (m) => ({ kind: 'date', day: num(m[2]), monthShift: m[1]?.startsWith('下') ? 1 : 0 }),
  ],
  [
    /(?<![\d月.])(\d{1,2})[日号](?=[前之以截至到起在(（,，。、；;\s\d]|上午|下午|中午|晚|早|凌晨|$)/g,
    (m) => ({ kind: 'date', day: num(m[1]) }),
  ],
  [
    /大后天|后天|明天|明日|明儿|今天|今日|今儿|次日|翌日|第2天|当天|当日|昨天|昨日|今(?=[晚早夜])|明(?=[晚早])/g,
    (m) => ({ kind: 'rel', offset: REL[m[0]] ?? 0, today: REL[m[0]] === 0, sameDay: m[0].startsWith('当') }),
  ],
  [
    /(下下|下个?|本|这个?|上个?)?(?:周|星期|礼拜)([一二三四五六日天])/g,
    (m) => {
      const p = m[1] ?? '';
      const week =
        p === ''
          ? 'coming'
          : p === '下下'
            ? 'after-next'
            : p.startsWith('下')
              ? 'next'
              : p.startsWith('上')
                ? 'last'
                : 'this';
      return { kind: 'weekday', weekday: WD[m[2] ?? ''] ?? 1, week };
    },
  ],
  [
    /上午|早上|早晨|中午|下午|傍晚|晚上|晚间|夜里|夜间|凌晨|下班|(?<=[今明])[晚早夜]|[早晚](?=\d{1,2}[点时:])/g,
    (m) => ({ kind: 'part', part: PARTS[m[0]] ?? 'morning' }),
  ],
  [/(?<![\d:.])(\d{1,2}):(\d{2})(?![\d:])\s*(am|pm)?/g, (m) => clock(num(m[1]), num(m[2]), 'colon', m[3])],
  [
    /(?<![\d.])(\d{1,2})点(?:(半)|(\d{1,2})刻|(\d{1,2})分?|整|钟)?(?![点赞击名评位滴])\s*(am|pm)?/g,
    (m) => clock(num(m[1]), m[2] ? 30 : m[3] ? 15 * num(m[3]) : num(m[4]), 'dian', m[5]),
  ],
  [
    /(?<![\d.])(\d{1,2})时(?![间候期段效代])(?:(半)|(\d{1,2})分)?/g,
    (m) => clock(num(m[1]), m[2] ? 30 : num(m[3]), 'shi', undefined),
  ],
  [/(?<![\d:.])(\d{1,2})\s*(am|pm)(?![a-z])/g, (m) => clock(num(m[1]), 0, 'colon', m[2])],
];

function clock(hour: number, minute: number, word: 'colon' | 'dian' | 'shi', ampm: string | undefined) {
  if (hour > 24 || minute > 59) return null;
  return { kind: 'clock' as const, hour, minute, word, ...(ampm ? { ampm: ampm as 'am' | 'pm' } : {}) };
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const taken = new Uint8Array(text.length);
  for (const [re, make] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      const tok = make(m);
      if (!tok) continue;
      taken.fill(1, start, end);
      out.push({ ...tok, start, end } as Token);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
