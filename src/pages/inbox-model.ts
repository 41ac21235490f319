// The cadre's inbox as sections (pure): open tasks by current deadline, the recently done ones apart.
import { isDoneBy, openTasksOf } from '../core/understand/inbox.js';
import { currentDeadline, isoLocal, localDate } from '../core/understand/occurrence.js';
import type { TaskView } from '../core/understand/views.js';
import { type SectionKey, sectionOf } from './format.js';

export interface InboxCard {
  task: TaskView;
  deadline: string | null;
  /** A recurring task already done for today's occurrence. */
  doneToday: boolean;
}

export interface InboxModel {
  sections: { key: SectionKey; cards: InboxCard[] }[];
  open: number;
  done: { task: TaskView; at: string }[];
}

const ORDER: SectionKey[] = ['overdue', 'today', 'week', 'later', 'none'];

export function inboxModel(tasks: TaskView[], personId: string, now: Date, doneLimit = 20): InboxModel {
  const at = isoLocal(now.getTime());
  const today = localDate(at);
  const bySection = new Map<SectionKey, InboxCard[]>(ORDER.map((k) => [k, []]));
  const open = openTasksOf(tasks, personId, at);
  for (const task of open) {
    const deadline = currentDeadline(task, at);
    const doneToday =
      task.recurrence !== null &&
      task.completions.some((c) => c.personId === personId && c.status === 'done' && c.occurrence === today);
    bySection.get(sectionOf(deadline, now))!.push({ task, deadline, doneToday });
  }
  const done = tasks
    .filter((t) => t.status === 'open' && t.assignees.includes(personId) && isDoneBy(t, personId))
    .map((task) => {
      const mine = task.completions.filter((c) => c.personId === personId).map((c) => Date.parse(c.at));
      return { task, at: isoLocal(Math.max(...mine)) };
    })
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .slice(0, doneLimit);
  return {
    sections: ORDER.map((key) => ({ key, cards: bySection.get(key)! })),
    open: open.length,
    done,
  };
}
