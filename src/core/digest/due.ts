// Which pushes a person is owed at `now`: a reminder before each deadline, a notice once it has passed,
// and word of an urgent task. Stateless: the outbox's unique keys say which were already written.
import { isoLocal } from '../understand/occurrence.js';
import type { TaskView } from '../understand/views.js';
import { DAY, deadlinesBetween, HOUR, reminderTime } from './clock-rules.js';
import { standing } from './progress.js';
import type { ScheduleSettings } from './settings.js';

export type PushPurpose = 'urgent' | 'reminder' | 'overdue';

export interface DueItem {
  purpose: PushPurpose;
  task: TaskView;
  /** The deadline of the occurrence concerned; null for an urgent task without one. */
  deadlineMs: number | null;
  /** Unique within the purpose for this person: the task, and the occurrence's deadline to the minute. */
  period: string;
  dueAt: number;
  urgent: boolean;
}

/** A passed deadline is announced within this window; after it the digest alone reports it. */
export const OVERDUE_WINDOW = 12 * HOUR;
/** A reminder missed by more than this (the scheduler was down) is left to the digest. */
export const REMINDER_CATCH_UP = DAY;
/** How far ahead a reminder may be brought forward to share a push. */
export const RIDE_ALONG = HOUR;
/** An urgent task is announced within this window after it arrives. */
export const URGENT_WINDOW = DAY;
/** How far ahead deadlines are looked at (the early-morning rule reminds days before, over holidays). */
export const LEAD_WINDOW = 10 * DAY;

export interface DueResult {
  items: DueItem[];
  /** Reminders falling due within RIDE_ALONG: they go with a push that goes out now rather than alone later. */
  soon: DueItem[];
  /** The next instant after `now` at which one of these tasks owes this person something. */
  next: number | null;
}

/** One deadline of a task (an occurrence, for a recurring one) and when to remind of it: the same for everyone. */
export interface Occurrence {
  deadline: number;
  remindAt: number;
  /** `task@YYYY-MM-DDTHH:MM`: a moved deadline is a new occurrence with a reminder of its own. */
  period: string;
}

/** The task's deadlines in (now − OVERDUE_WINDOW, now + LEAD_WINDOW]. */
export function occurrencesNear(task: TaskView, now: number, s: ScheduleSettings): Occurrence[] {
  return deadlinesBetween(task, now - OVERDUE_WINDOW, now + LEAD_WINDOW).map((d) => ({
    deadline: d,
    remindAt: reminderTime(d, s),
    period: `${task.id}@${isoLocal(d).slice(0, 16)}`,
  }));
}

/**
 * `seenAt` is when the person got the task (first seen, or when a relay added them); `occurrences` may be
 * passed in when cached across people.
 */
export function dueItems(
  tasks: TaskView[],
  personId: string,
  seenAt: (task: TaskView) => number,
  now: number,
  s: ScheduleSettings,
  occurrences: (task: TaskView) => Occurrence[] = (t) => occurrencesNear(t, now, s),
): DueResult {
  const items: DueItem[] = [];
  const soon: DueItem[] = [];
  let next: number | null = null;
  const later = (t: number) => {
    if (t > now && (next === null || t < next)) next = t;
  };
  for (const task of tasks) {
    if (task.status !== 'open' || !task.assignees.includes(personId)) continue;
    const urgent = task.flags.includes('urgent');
    const seen = seenAt(task);
    if (urgent && !task.deadline) {
      if (seen <= now && now < seen + URGENT_WINDOW && standing(task, personId, null) === 'open') {
        items.push({ purpose: 'urgent', task, deadlineMs: null, period: task.id, dueAt: seen, urgent });
      }
      continue;
    }
    for (const { deadline: d, remindAt, period } of occurrences(task)) {
      if (standing(task, personId, d) === 'done') continue;
      const before = Math.max(remindAt, seen);
      if (before <= now && now < d && now < before + REMINDER_CATCH_UP) {
        items.push({ purpose: 'reminder', task, deadlineMs: d, period, dueAt: before, urgent });
      } else if (before > now && before <= now + RIDE_ALONG && before < d) {
        soon.push({ purpose: 'reminder', task, deadlineMs: d, period, dueAt: before, urgent });
      }
      later(before);
      // A meeting that has started needs no "deadline passed" notice; a task first seen late needs none either.
      if (task.kind === 'meeting' || seen >= d) continue;
      if (d <= now) items.push({ purpose: 'overdue', task, deadlineMs: d, period, dueAt: d, urgent });
      later(d);
    }
  }
  items.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.dueAt - b.dueAt);
  return { items, soon, next };
}
