// Where a person stands on a task (for one occurrence of a recurring task): done, acknowledged, or not yet.
import { localDate } from '../understand/occurrence.js';
import type { TaskView } from '../understand/views.js';

export type Standing = 'done' | 'acked' | 'open';

/** `deadlineMs` picks the occurrence of a recurring task; a one-off ignores it. */
export function standing(task: TaskView, personId: string, deadlineMs: number | null): Standing {
  const day = task.recurrence && deadlineMs !== null ? localDate(deadlineMs) : null;
  let acked = false;
  for (const c of task.completions) {
    if (c.personId !== personId) continue;
    if (day !== null && c.occurrence !== day) continue;
    // Acknowledging an `ack` task is doing it; acknowledging anything else is only a receipt.
    if (c.status === 'done' || task.kind === 'ack') return 'done';
    acked = true;
  }
  return acked ? 'acked' : 'open';
}
