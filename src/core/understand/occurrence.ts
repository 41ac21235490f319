// Occurrences of a recurring task (the RRULE subset the conventions write: DAILY, WEEKLY;BYDAY, MONTHLY;BYMONTHDAY, UNTIL).
import type { TaskView } from './views.js';

const OFFSET = 8 * 3600_000;
const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The local (Asia/Shanghai) calendar date of an instant, YYYY-MM-DD. */
export function localDate(at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  return new Date(ms + OFFSET).toISOString().slice(0, 10);
}

export function isoLocal(ms: number): string {
  return `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`;
}

interface Rule {
  freq: string;
  byDay: string[];
  byMonthDay: number[];
  until: number | null;
}

function parseRule(rrule: string): Rule {
  const parts = new Map(
    rrule
      .replace(/^RRULE:/i, '')
      .split(';')
      .map((p) => p.split('=') as [string, string]),
  );
  const until = parts.get('UNTIL');
  return {
    freq: parts.get('FREQ') ?? 'DAILY',
    byDay: parts.get('BYDAY')?.split(',') ?? [],
    byMonthDay: (parts.get('BYMONTHDAY')?.split(',') ?? []).map(Number),
    // UNTIL is a local date: the whole day is included.
    until: until
      ? Date.parse(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}T23:59:59+08:00`)
      : null,
  };
}

function matches(rule: Rule, ms: number): boolean {
  const local = new Date(ms + OFFSET);
  if (rule.byDay.length > 0 && !rule.byDay.includes(WEEKDAYS[local.getUTCDay()] ?? '')) return false;
  if (rule.byMonthDay.length > 0 && !rule.byMonthDay.includes(local.getUTCDate())) return false;
  if (rule.freq === 'WEEKLY' && rule.byDay.length === 0) return false;
  return true;
}

/**
 * The task's current deadline at `now`: for a one-off its deadline; for a recurring task the first
 * occurrence after now (at the first deadline's time of day), or the last one once the rule has ended.
 */
export function currentDeadline(task: Pick<TaskView, 'deadline' | 'recurrence'>, now: string): string | null {
  if (!task.deadline || !task.recurrence) return task.deadline;
  const first = Date.parse(task.deadline);
  const nowMs = Date.parse(now);
  if (first > nowMs) return task.deadline;
  const rule = parseRule(task.recurrence);
  let last = first;
  // Step day by day from the first occurrence; a year bounds the search.
  for (let ms = first + DAY; ms <= first + 400 * DAY; ms += DAY) {
    if (rule.until !== null && ms > rule.until) break;
    if (!matches(rule, ms)) continue;
    last = ms;
    if (ms > nowMs) return isoLocal(ms);
  }
  return isoLocal(last);
}

/** Which occurrence a completion at `at` belongs to: its local date for a recurring task, '' for a one-off. */
export function occurrenceOf(task: Pick<TaskView, 'recurrence'>, at: string): string {
  return task.recurrence ? localDate(at) : '';
}
