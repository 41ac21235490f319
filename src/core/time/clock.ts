// Calendar arithmetic on a fixed +08:00 offset. China has no DST, so we never consult the host TZ:
// every instant is shifted by 8h and read with the UTC getters.

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

export interface LocalParts {
  date: string;
  hour: number;
  minute: number;
  weekday: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Milliseconds since the epoch for an ISO string or Date; NaN when unreadable. */
export function toMs(at: string | Date): number {
  return at instanceof Date ? at.getTime() : Date.parse(at);
}

export function localParts(at: string | Date): LocalParts {
  const shifted = new Date(toMs(at) + OFFSET_MS);
  const date = `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const wd = shifted.getUTCDay();
  return { date, hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), weekday: wd === 0 ? 7 : wd };
}

/** Days since 1970-01-01 for a local YYYY-MM-DD. */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

/** 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  const wd = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** A valid local date, or null (e.g. 2月30日). */
export function makeDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function lastDayOfMonth(y: number, m: number): string {
  const t = new Date(Date.UTC(y, m, 0));
  return `${y}-${pad(m)}-${pad(t.getUTCDate())}`;
}

/** Local minute-of-day "HH:MM" → minutes. */
export function hmToMinutes(hm: string): number {
  const [h, m] = hm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Instant (ms) of a local date and minute-of-day. */
export function localMs(date: string, minutes: number): number {
  return dayNumber(date) * DAY_MS + minutes * 60_000 - OFFSET_MS;
}

/** ISO with +08:00 and zero seconds, truncated to the minute. */
export function isoAt(ms: number): string {
  const p = localParts(new Date(ms));
  return `${p.date}T${pad(p.hour)}:${pad(p.minute)}:00+08:00`;
}
