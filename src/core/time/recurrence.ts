// Recurring demands (CONVENTIONS.md section 5): the RRULE value and the first occurrence after now.
import { addDays, dayNumber, lastDayOfMonth, localMs, makeDate, weekdayOf } from './clock.js';

export interface Rule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  byDay?: number[];
  byMonthDay?: number;
  until?: string;
}

const CODES = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WD: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

const WORKDAYS = /工作日每天|每个?工作日/;
const WEEKLY =
  /每个?(?:周|星期|礼拜)([一二三四五六日天](?:\s*[、,，和及]\s*(?:周|星期|礼拜)?[一二三四五六日天])*)/;
const MONTHLY = /每个?月(\d{1,2})[日号]/;
const DAILY = /每天|每日|天天|每晚|每早/;
const UNTIL = /(?:至|到|截至|截止到?)\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})[日号]/;
const UNTIL_MONTH_END = /(?:至|到)(?:本月|月)底/;

/** Reads the repetition words of a normalised text; null when the demand does not repeat. */
export function detectRule(text: string, today: string): Rule | null {
  let rule: Rule | null = null;
  const weekly = WEEKLY.exec(text);
  const monthly = MONTHLY.exec(text);
  if (WORKDAYS.test(text)) rule = { freq: 'WEEKLY', byDay: [1, 2, 3, 4, 5] };
  else if (weekly?.[1]) {
    const days = [...weekly[1]].map((c) => WD[c]).filter((d): d is number => d !== undefined);
    rule = { freq: 'WEEKLY', byDay: [...new Set(days)].sort() };
  } else if (monthly) {
    const day = Number(monthly[1]);
    if (day >= 1 && day <= 31) rule = { freq: 'MONTHLY', byMonthDay: day };
  } else if (DAILY.test(text)) rule = { freq: 'DAILY' };
  if (!rule) return null;
  const until = untilDate(text, today);
  return until ? { ...rule, until } : rule;
}

function untilDate(text: string, today: string): string | null {
  const [y, m] = today.split('-').map(Number) as [number, number];
  if (UNTIL_MONTH_END.test(text)) return lastDayOfMonth(y, m);
  const u = UNTIL.exec(text);
  if (!u) return null;
  // "11月24日至26日": the end takes the month of the start.
  const carried = /(\d{1,2})月\d{1,2}[日号]\s*$/.exec(text.slice(0, u.index))?.[1];
  let year = u[1] ? Number(u[1]) : y;
  let month = u[2] ? Number(u[2]) : carried ? Number(carried) : m;
  let date = makeDate(year, month, Number(u[3]));
  if (date && !u[1] && dayNumber(date) < dayNumber(today)) {
    if (u[2] || carried) year++;
    else if (++month > 12) [month, year] = [1, year + 1];
    date = makeDate(year, month, Number(u[3]));
  }
  return date;
}

export function formatRule(r: Rule): string {
  const parts = [`FREQ=${r.freq}`];
  if (r.byDay) parts.push(`BYDAY=${r.byDay.map((d) => CODES[d]).join(',')}`);
  if (r.byMonthDay) parts.push(`BYMONTHDAY=${r.byMonthDay}`);
  if (r.until) parts.push(`UNTIL=${r.until.replaceAll('-', '')}`);
  return parts.join(';');
}

function occursOn(r: Rule, date: string): boolean {
  if (r.freq === 'DAILY') return true;
  if (r.freq === 'WEEKLY') return (r.byDay ?? []).includes(weekdayOf(date));
  return Number(date.slice(8, 10)) === r.byMonthDay;
}

/** First occurrence strictly after `nowMs`, on or after `start`, at `minutes`; null past UNTIL. */
export function firstOccurrence(r: Rule, start: string, minutes: number, nowMs: number): number | null {
  for (let i = 0, d = start; i < 800; i++, d = addDays(d, 1)) {
    if (r.until && dayNumber(d) > dayNumber(r.until)) return null;
    if (!occursOn(r, d)) continue;
    const ms = localMs(d, minutes);
    if (ms > nowMs) return ms;
  }
  return null;
}
