// Statutory working days (holidays and 调休 make-up days) from the chinese-days data; Mon–Fri beyond it.
// We read the package's JSON tables rather than its functions: those read dates with host-local getters
// and give shifted answers when the host is not on UTC+8.
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, dayNumber, localParts, weekdayOf } from './clock.js';

const HOLIDAYS: Record<string, string> = data.holidays;
const MAKEUP: Record<string, string> = data.workdays;
/** Years the data covers: every published year has holidays. */
const YEARS = new Set(Object.keys(HOLIDAYS).map((d) => d.slice(0, 4)));

export function isWorkday(localDate: string): { workday: boolean; known: boolean } {
  const weekday = weekdayOf(localDate);
  if (!Number.isFinite(dayNumber(localDate)) || !YEARS.has(localDate.slice(0, 4))) {
    return { workday: weekday <= 5, known: false };
  }
  if (MAKEUP[localDate]) return { workday: true, known: true };
  return { workday: weekday <= 5 && !HOLIDAYS[localDate], known: true };
}

/** The Nth working day after (n > 0) or before (n < 0) a date; n = 0 returns the date itself. */
export function addWorkdays(localDate: string, n: number): { date: string; known: boolean } {
  let date = localDate;
  let known = true;
  const step = n < 0 ? -1 : 1;
  let left = Math.min(Math.abs(Math.trunc(n)), 10_000);
  while (left > 0) {
    date = addDays(date, step);
    const w = isWorkday(date);
    known &&= w.known;
    if (w.workday) left--;
  }
  return { date, known };
}

/** The last working day of the Monday-based week holding `localDate`, or its Sunday if none remains. */
export function lastWorkdayOfWeek(localDate: string): { date: string; known: boolean } {
  const sunday = addDays(localDate, 7 - weekdayOf(localDate));
  let known = true;
  for (let d = sunday; dayNumber(d) >= dayNumber(localDate); d = addDays(d, -1)) {
    const w = isWorkday(d);
    known &&= w.known;
    if (w.workday) return { date: d, known };
  }
  return { date: sunday, known };
}

/** Rest day by the statutory calendar, or between 21:00 and 07:00 local. */
export function isRestDayOrNight(at: string): boolean {
  const p = localParts(at);
  if (p.hour >= 21 || p.hour < 7) return true;
  return !isWorkday(p.date).workday;
}
