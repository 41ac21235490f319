import { CN_NUM, readNumber } from './cn-number';
import { clean, stripNonWord } from './compact';
import { memo } from './memo';

/** The facts that tell two notices from one template apart. Each list is deduplicated. */
export interface KeyFacts {
  dates: string[];
  times: string[];
  links: string[];
  docs: string[];
  numbers: string[];
}

const LINK = /https?:\/\/[\x21-\x7e]+/g;
const TITLE = /《([^《》]{1,60})》/g;
const ANNEX = new RegExp(`附件\\s*(${CN_NUM})`, 'g');
const FULL_DATE = new RegExp(`(?:\\d{4}\\s*年\\s*)?(${CN_NUM})\\s*月\\s*(${CN_NUM})\\s*[日号]`, 'g');
const MONTH = new RegExp(`(${CN_NUM})\\s*月(?:份|底|初|上旬|中旬|下旬)?`, 'g');
const DAY = new RegExp(`(${CN_NUM})\\s*[日号]`, 'g');
const RELATIVE =
  /今天|今日|明天|明日|后天|今晚|明早|明晚|本周[一二三四五六日天]?|下周[一二三四五六日天]?|(?:周|星期)[一二三四五六日天]|月底|年底|即日起|每天|每日|每个工作日|工作日|(?:\d+|[一二两三四五六七八九十半]+)\s*(?:个)?(?:工作日|天|日|小时|分钟)内/g;
const PERIOD = '凌晨|早上|上午|中午|下午|傍晚|晚上|明早|今晚|早|晚';
const CLOCK = new RegExp(`(${PERIOD})?\\s*(\\d{1,2})\\s*:\\s*(\\d{2})`, 'g');
const HOUR = new RegExp(
  `(${PERIOD})?\\s*(${CN_NUM})\\s*(?:点|时(?!间))(?:\\s*(\\d{1,2})\\s*分?|(半)|(一刻))?`,
  'g',
);
// Named forms and documents: the noun phrase in front of one of these words.
const FORM =
  /(花名册|名单|方案|台账|清单|报告|记录|材料|计划|档案|周报|月报|明细|总结(?![会大])|表格|表(?![示扬彰态现达演率情]))/g;
const FORM_STOP =
  /请|将|把|于|的|和|及|与|或|并|报送|上报|填报|报给|提交|发送|发至|发给|更新|整理|完成|制定|填写|核对|本乡镇|本镇|本乡|本村|本社区|本支部|本单位|本网格|本部门|各村|各乡镇|辖区内|辖区|前|等|\d{4}\s*年度?|[^\p{L}\p{N}]/gu;
const NUMBER = /\d+(?:\.\d+)?/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// Bare hours follow the conventions (1–6 点 are afternoon) so '5点' and '下午5点' and '17时' agree.
function clockOf(period: string | undefined, hour: number, minute: number): string | null {
  if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60)) return null;
  let h = hour;
  const pm = period && /下午|傍晚|晚/.test(period);
  if (pm && h < 12) h += 12;
  else if (period === '中午' && h < 3) h += 12;
  else if (!period && h >= 1 && h <= 6) h += 12;
  return `${pad(h)}:${pad(minute)}`;
}

/** Replaces every match with a separator so that later patterns do not read it again. */
function take(
  text: string,
  re: RegExp,
  read: (m: RegExpExecArray) => string | null,
  out: Set<string>,
): string {
  return text.replace(re, (...args) => {
    const m = args.slice(0, -2) as unknown as RegExpExecArray;
    const v = read(m);
    if (v) out.add(v);
    return '|';
  });
}

function formsOf(text: string, out: Set<string>): void {
  const flat = text.replace(/[()]/g, '');
  for (const m of flat.matchAll(FORM)) {
    const end = m.index ?? 0;
    const window = flat.slice(Math.max(0, end - 16), end);
    let cut = 0;
    for (const s of window.matchAll(FORM_STOP)) cut = (s.index ?? 0) + s[0].length;
    const head = window.slice(cut);
    const suffix = m[1] === '表格' ? '表' : (m[1] ?? '');
    if (head.length >= 2 || (head.length === 1 && suffix.length > 1)) out.add(stripNonWord(head + suffix));
  }
}

/** Dates, clock times, links, named documents and forms, and other figures of a message. */
function keyFactsOnce(text: string): KeyFacts {
  const links = new Set<string>();
  const docs = new Set<string>();
  const dates = new Set<string>();
  const times = new Set<string>();
  const numbers = new Set<string>();
  let s = clean(text);
  s = take(s, LINK, (m) => m[0].replace(/[.,;:!?)\]}'"/]+$/, ''), links);
  s = take(s, TITLE, (m) => stripNonWord(m[1] ?? '') || null, docs);
  s = take(s, ANNEX, (m) => `附件${readNumber(m[1] ?? '')}`, docs);
  formsOf(s, docs);
  s = take(s, FULL_DATE, (m) => `${readNumber(m[1] ?? '')}-${readNumber(m[2] ?? '')}`, dates);
  s = take(s, CLOCK, (m) => clockOf(m[1], Number(m[2]), Number(m[3])), times);
  s = take(
    s,
    HOUR,
    (m) => clockOf(m[1], readNumber(m[2] ?? ''), m[4] ? 30 : m[5] ? 15 : m[3] ? Number(m[3]) : 0),
    times,
  );
  s = take(
    s,
    RELATIVE,
    (m) => m[0].replace(/\s+/g, '').replace('今日', '今天').replace('明日', '明天'),
    dates,
  );
  s = take(s, MONTH, (m) => `${readNumber(m[1] ?? '')}月`, dates);
  s = take(s, DAY, (m) => `d${readNumber(m[1] ?? '')}`, dates);
  for (const m of s.matchAll(NUMBER)) numbers.add(m[0].replace(/^0+(?=\d)/, ''));
  const list = (set: Set<string>) => [...set].filter((v) => !v.includes('NaN')).sort();
  return {
    dates: list(dates),
    times: list(times),
    links: list(links),
    docs: list(docs),
    numbers: list(numbers),
  };
}

/** Memoised: callers must not mutate the result. */
export const keyFacts: (text: string) => Readonly<KeyFacts> = memo(keyFactsOnce);
