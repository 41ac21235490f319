// Turning one expression (a group of tokens) into an instant, by the rows of CONVENTIONS.md section 4.
import type { OfficeHours } from '../types.js';
import {
  addDays,
  dayNumber,
  hmToMinutes,
  type LocalParts,
  lastDayOfMonth,
  localMs,
  makeDate,
  weekdayOf,
} from './clock.js';
import type { Group } from './groups.js';
import type { Part, Token } from './tokens.js';
import { addWorkdays, lastWorkdayOfWeek } from './workdays.js';

export interface Now {
  ms: number;
  local: LocalParts;
  office: OfficeHours;
}

export interface Resolved {
  ms: number;
  known: boolean;
}

type Of<K extends Token['kind']> = Extract<Token, { kind: K }>;
const find = <K extends Token['kind']>(g: Group, kind: K): Of<K> | undefined =>
  g.tokens.find((t): t is Of<K> => t.kind === kind);

const END_OF_DAY = 23 * 60 + 59;

/** Minute of day from a clock and/or part of day; null when the group names neither. */
export function minuteOfDay(g: Group, office: OfficeHours): number | null {
  const clock = find(g, 'clock');
  const part = find(g, 'part')?.part;
  if (clock) return clockMinutes(clock, part);
  if (!part) return null;
  return partDefault(part, office);
}

function clockMinutes(c: Of<'clock'>, part: Part | undefined): number {
  let h = c.hour;
  if (c.ampm === 'pm' && h < 12) h += 12;
  else if (c.ampm === 'am' && h === 12) h = 0;
  else if (!c.ampm && h <= 12) h = hourByPart(h, part);
  if (h >= 24) return END_OF_DAY;
  return h * 60 + c.minute;
}

function hourByPart(h: number, part: Part | undefined): number {
  switch (part) {
    case 'morning':
    case 'dawn':
      return h;
    case 'noon':
      return h <= 3 ? h + 12 : h;
    case 'afternoon':
    case 'dusk':
    case 'offwork':
      return h < 12 ? h + 12 : h;
    case 'evening':
      return h === 12 ? 24 : h < 12 ? h + 12 : h;
    case 'night':
      return h >= 6 && h < 12 ? h + 12 : h === 12 ? 24 : h;
    default:
      // A bare hour: 1–6 are afternoon, 7–12 as written.
      return h >= 1 && h <= 6 ? h + 12 : h;
  }
}

function partDefault(part: Part, office: OfficeHours): number {
  switch (part) {
    case 'morning':
    case 'noon':
      return hmToMinutes(office.noon);
    case 'afternoon':
    case 'offwork':
      return hmToMinutes(office.end);
    case 'dusk':
      return 18 * 60;
    case 'dawn':
      return 6 * 60;
    default:
      return END_OF_DAY;
  }
}

/** The local date named by the date-ish tokens of a group; null date when it names none. */
export function groupDate(g: Group, now: Now): { date: string | null; known: boolean; invalid?: boolean } {
  const today = now.local.date;
  const [y, m] = today.split('-').map(Number) as [number, number];
  const explicit = find(g, 'date');
  if (explicit) {
    let year = explicit.year ?? y;
    let month = explicit.month ?? m + (explicit.monthShift ?? 0);
    if (month > 12) [month, year] = [month - 12, year + 1];
    let date = makeDate(year, month, explicit.day);
    if (date && !explicit.year && explicit.monthShift === undefined && dayNumber(date) < dayNumber(today)) {
      // A passed date: next year when the month was written, next month when only the day was.
      if (explicit.month) year++;
      else if (++month > 12) [month, year] = [1, year + 1];
      date = makeDate(year, month, explicit.day);
    }
    return date ? { date, known: true } : { date: null, known: true, invalid: true };
  }
  const rel = find(g, 'rel');
  if (rel) return { date: addDays(today, rel.offset), known: true };
  const wd = find(g, 'weekday');
  if (wd) {
    const todayWd = weekdayOf(today);
    if (wd.week === 'coming') return { date: addDays(today, (wd.weekday - todayWd + 7) % 7), known: true };
    const shift = { this: 0, next: 7, 'after-next': 14, last: -7 }[wd.week];
    return { date: addDays(today, shift + wd.weekday - todayWd), known: true };
  }
  const period = find(g, 'period');
  if (period) {
    if (period.what === 'week-end') return lastWorkdayOfWeek(addDays(today, 7 * period.shift));
    if (period.what === 'year-end') return { date: `${y}-12-31`, known: true };
    let month = period.month ?? m + period.shift;
    let year = y;
    if (period.month && period.month < m) year++;
    if (month > 12) [month, year] = [month - 12, year + 1];
    return { date: lastDayOfMonth(year, month), known: true };
  }
  return { date: null, known: true };
}

export function resolveGroup(g: Group, now: Now): Resolved | null {
  const within = find(g, 'within');
  if (within) return resolveWithin(within, now);
  const { date, known, invalid } = groupDate(g, now);
  if (invalid) return null;
  let minutes = minuteOfDay(g, now.office);
  if (minutes === null) {
    const rel = find(g, 'rel');
    // "今天内", "今天截止", "当天": the end of today; any other bare date is due at close of office.
    const endOfToday = rel?.today && (rel.sameDay || g.closing);
    minutes = endOfToday ? END_OF_DAY : hmToMinutes(now.office.end);
  }
  if (date) return { ms: localMs(date, minutes), known };
  // A time with no date that is not after now means the next day.
  const ms = localMs(now.local.date, minutes);
  return { ms: ms <= now.ms ? localMs(addDays(now.local.date, 1), minutes) : ms, known };
}

function resolveWithin(w: Of<'within'>, now: Now): Resolved {
  const end = hmToMinutes(now.office.end);
  if (w.minutes !== undefined) return { ms: now.ms + w.minutes * 60_000, known: true };
  if (w.days !== undefined) return { ms: localMs(addDays(now.local.date, w.days), end), known: true };
  const r = addWorkdays(now.local.date, w.workdays ?? 0);
  return { ms: localMs(r.date, end), known: r.known };
}
