// ISO 8601 weeks in Asia/Shanghai (Monday start, fixed +08:00; China has no daylight saving).
const OFFSET = 8 * 3600_000;
const DAY = 86_400_000;

export interface IsoWeek {
  /** "2026-W48" */
  label: string;
  /** First instant of the week (Monday 00:00 local), ms since the epoch. */
  start: number;
  /** First instant of the next week. */
  end: number;
  /** Local dates of Monday and Sunday, YYYY-MM-DD. */
  from: string;
  to: string;
}

const ymd = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);
const mondayIndex = (utcMidnight: number) => (new Date(utcMidnight).getUTCDay() + 6) % 7;

function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - mondayIndex(jan4) * DAY;
}

/** The week of a local Monday given as a UTC midnight. */
function weekFromMonday(monday: number): IsoWeek {
  const year = new Date(monday + 3 * DAY).getUTCFullYear();
  const n = Math.round((monday - firstMonday(year)) / (7 * DAY)) + 1;
  return {
    label: `${year}-W${String(n).padStart(2, '0')}`,
    start: monday - OFFSET,
    end: monday + 7 * DAY - OFFSET,
    from: ymd(monday),
    to: ymd(monday + 6 * DAY),
  };
}

/** The week an instant falls in, read on the Shanghai calendar. */
export function isoWeekOf(at: Date | number | string): IsoWeek {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  const local = new Date(ms + OFFSET);
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return weekFromMonday(day - mondayIndex(day) * DAY);
}

/** "2026-W48" → the week; null when malformed or when the year has no such week. */
export function parseIsoWeek(label: string): IsoWeek | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(label.trim());
  if (!m) return null;
  const week = weekFromMonday(firstMonday(Number(m[1])) + (Number(m[2]) - 1) * 7 * DAY);
  return week.label === label.trim() ? week : null;
}

export function shiftWeek(week: IsoWeek, n: number): IsoWeek {
  return isoWeekOf(week.start + n * 7 * DAY);
}
