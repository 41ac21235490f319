// Adjacent tokens form one expression ("明天（11月26日）上午10:00"); each expression is classed by its
// surroundings: a marked deadline (前/截止/内), a plain mention, or context (a range, a news date, a title).
import type { Token } from './tokens.js';

export interface Group {
  tokens: Token[];
  start: number;
  end: number;
  /** 2 = marked deadline, 1 = plain mention, 0 = context (not a deadline). */
  level: 0 | 1 | 2;
  /** Names when a meeting or event takes place (定于…召开, 时间：…). */
  meeting: boolean;
  /** Marked by 内/截止 right after, or 截止 right before ("今天内", "今天截止"). */
  closing: boolean;
  /** Followed by 起/开始: the start of a period ("从明天起每天…"). */
  starts: boolean;
}

const DATEISH = new Set(['date', 'rel', 'weekday', 'period']);
const JOIN_GAP = /^[\s()（）]*$/;

const AFTER_MARK = /^\s*(?:之前|以前|前|截止|为止|止|之内|以内|内)/;
const CLOSING_AFTER = /^\s*(?:之内|以内|内|截止|为止)/;
const BEFORE_MARK =
  /(?:截止|截至|最迟|最晚|不晚于|不迟于|(?:延期|推迟|顺延|延长|提前|调整|改)(?:至|到|为)|改在|截止时间|截止日期)[于到至为是:\s]*$/;
const RANGE_START = /^\s*(?:至|到|—|-|~|～)\s*(?:\d|今|明|后|本|下|周|星期)/;
const RANGE_END = /(?:至|到|—|-|~|～)\s*$/;
const STARTS = /^\s*(?:起|开始|以来)/;
const NEWS_AFTER = /^\s*(?:已经|已|发布|推送|印发|下发|出现|发生|刊发|播出|举行的|召开的|以来)/;
const MEETING_BEFORE = /(?:定于|定在|拟于|拟定于|将于|计划于|时间[为是:]?|会议时间[为是:]?)\s*$/;
const MEETING_AFTER = /召开|举行|开会|集合|举办|参会|开班|会议|培训|观摩|活动|座谈/;

function slot(t: Token): 'date' | 'part' | 'clock' | 'within' {
  if (DATEISH.has(t.kind)) return 'date';
  if (t.kind === 'part') return 'part';
  if (t.kind === 'clock') return 'clock';
  return 'within';
}

/** Whether `b` can continue a group that already holds `g` (date-ish, then part of day, then clock). */
function joins(g: Token[], b: Token): boolean {
  const order = { date: 0, part: 1, clock: 2, within: 9 };
  const sb = slot(b);
  if (sb === 'within') return false;
  return g.every((t) => {
    const st = slot(t);
    if (st === 'within') return false;
    return st === 'date' && sb === 'date' ? true : order[st] < order[sb];
  });
}

function titleDepth(text: string, pos: number): number {
  let depth = 0;
  for (let i = 0; i < pos; i++) {
    const c = text[i];
    if (c === '《') depth++;
    else if (c === '》' && depth > 0) depth--;
  }
  return depth;
}

export function buildGroups(text: string, tokens: Token[]): Group[] {
  const raw: Token[][] = [];
  for (const t of tokens) {
    const cur = raw[raw.length - 1];
    const last = cur?.[cur.length - 1];
    if (cur && last && JOIN_GAP.test(text.slice(last.end, t.start)) && joins(cur, t)) cur.push(t);
    else raw.push([t]);
  }
  const out: Group[] = [];
  for (const toks of raw) {
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (!first || !last) continue;
    const before = text.slice(Math.max(0, first.start - 12), first.start);
    const after = text.slice(last.end, last.end + 16);
    if (!plausible(toks, before, after, text.slice(first.start, last.end))) continue;
    const marked =
      toks.some((t) => t.kind === 'within') || AFTER_MARK.test(after) || BEFORE_MARK.test(before);
    const context =
      titleDepth(text, first.start) > 0 ||
      STARTS.test(after) ||
      NEWS_AFTER.test(after) ||
      (/^的/.test(after) && toks.every((t) => slot(t) === 'date')) ||
      (!marked && (RANGE_START.test(after) || RANGE_END.test(before)));
    const clause = after.split(/[，,。；;！!？?\n]/)[0] ?? '';
    out.push({
      tokens: toks,
      start: first.start,
      end: last.end,
      level: marked ? 2 : context ? 0 : 1,
      meeting: MEETING_BEFORE.test(before) || MEETING_AFTER.test(clause),
      closing: CLOSING_AFTER.test(after) || /(?:截止|截至)[于到:\s]*$/.test(before),
      starts: STARTS.test(after),
    });
  }
  return out;
}

// A lone "N点"/"N时" with no day or part of day must look like a time ("5点前", "9点召开"), so that
// "三点建议" or "两点要求" are not read as clock times.
const BARE_CLOCK_AFTER =
  /^\s*(?:之前|以前|前|截止|为止|半|整|钟|召开|开会|举行|集合|在|到|准时|开始|出发|报|交|发|完成)/;
const BARE_CLOCK_BEFORE = /(?:于|在|到|约|截止|截至|最迟|最晚|是|为|:|：)\s*$/;

function plausible(toks: Token[], before: string, after: string, text: string): boolean {
  const only = toks.length === 1 ? toks[0] : undefined;
  if (!only) return true;
  if (only.kind === 'clock' && only.word !== 'colon') {
    return BARE_CLOCK_AFTER.test(after) || BARE_CLOCK_BEFORE.test(before);
  }
  if (only.kind === 'part') {
    // A part of day alone is a time only where it reads as one: "下午前", "下班前", "晚上把…", not "早上好".
    if (/^\s*好/.test(after)) return false;
    if (only.part === 'offwork') return AFTER_MARK.test(after);
    return only.end - only.start === 2 && !/早上|早晨/.test(text);
  }
  return true;
}
