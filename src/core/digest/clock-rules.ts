// When things are due in local (Asia/Shanghai) time: quiet hours, the reminder time of a deadline,
// the occurrences of a task within a window.
import { addDays, hmToMinutes, localMs, localParts } from '../time/clock.js';
import { addWorkdays } from '../time/workdays.js';
import { currentDeadline, isoLocal } from '../understand/occurrence.js';
import type { TaskView } from '../understand/views.js';
import type { ScheduleSettings } from './settings.js';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export function minuteOfDay(ms: number): number {
  const p = localParts(new Date(ms));
  return p.hour * 60 + p.minute;
}

export function localDay(ms: number): string {
  return localParts(new Date(ms)).date;
}

/** The instant of a local HH:MM on the local date of `ms` (or `days` later). */
export function atLocal(ms: number, hm: string, days = 0): number {
  return localMs(addDays(localDay(ms), days), hmToMinutes(hm));
}

export function isQuiet(ms: number, s: Pick<ScheduleSettings, 'quietStart' | 'quietEnd'>): boolean {
  const m = minuteOfDay(ms);
  const start = hmToMinutes(s.quietStart);
  const end = hmToMinutes(s.quietEnd);
  if (start === end) return false;
  return start > end ? m >= start || m < end : m >= start && m < end;
}

/**
 * When to remind before a deadline: `remindBeforeMinutes` earlier, except that a deadline before the
 * office opens is reminded at the end of the previous working day (nobody should learn at 06:00 that
 * a form was due at 08:00).
 */
export function reminderTime(deadlineMs: number, s: ScheduleSettings): number {
  const ideal = deadlineMs - s.remindBeforeMinutes * MINUTE;
  if (minuteOfDay(deadlineMs) >= hmToMinutes(s.officeHours.start)) return ideal;
  const previous = addWorkdays(localDay(deadlineMs), -1).date;
  return Math.min(ideal, localMs(previous, hmToMinutes(s.officeHours.end)));
}

/** Deadlines of a task (its occurrences, for a recurring one) in (fromMs, toMs], in order. */
export function deadlinesBetween(
  task: Pick<TaskView, 'deadline' | 'recurrence'>,
  fromMs: number,
  toMs: number,
): number[] {
  if (!task.deadline) return [];
  if (!task.recurrence) {
    const d = Date.parse(task.deadline);
    return d > fromMs && d <= toMs ? [d] : [];
  }
  const out: number[] = [];
  let t = fromMs;
  for (let i = 0; i < 400; i++) {
    const next = currentDeadline(task, isoLocal(t));
    if (next === null) break;
    const d = Date.parse(next);
    if (d <= t || d > toMs) break;
    out.push(d);
    t = d;
  }
  return out;
}
