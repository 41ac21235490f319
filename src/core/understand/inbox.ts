// The bot's inbox numbering (conventions, section 7): a person's open tasks by current deadline.
import { currentDeadline } from './occurrence.js';
import type { TaskView } from './views.js';

/** Done for inbox purposes: a one-off with a `done`, or an `ack` task acknowledged. A recurring task stays open. */
export function isDoneBy(task: TaskView, personId: string): boolean {
  if (task.recurrence) return false;
  return task.completions.some(
    (c) => c.personId === personId && (c.status === 'done' || (c.status === 'ack' && task.kind === 'ack')),
  );
}

export function openTasksOf(tasks: TaskView[], personId: string, now: string): TaskView[] {
  const key = (t: TaskView) => {
    const d = currentDeadline(t, now);
    return d === null ? Number.POSITIVE_INFINITY : Date.parse(d);
  };
  return tasks
    .filter((t) => t.status === 'open' && t.assignees.includes(personId) && !isDoneBy(t, personId))
    .sort(
      (a, b) => key(a) - key(b) || Date.parse(a.firstSeenAt) - Date.parse(b.firstSeenAt) || a.seq - b.seq,
    );
}
