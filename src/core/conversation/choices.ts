// Which of a person's tasks a done-claim ("已转发", "已完成") could mean, in inbox order.
import type { Kind } from '../types.js';
import { openTasksOf } from '../understand/inbox.js';
import { occurrenceOf } from '../understand/occurrence.js';
import type { TaskView } from '../understand/views.js';

export const CHOICES_SHOWN = 5;

export function doneCandidates(
  tasks: TaskView[],
  personId: string,
  kind: Kind | 'any',
  at: string,
): TaskView[] {
  return openTasksOf(tasks, personId, at).filter((t) => {
    if (kind !== 'any' && t.kind !== kind) return false;
    const occ = occurrenceOf(t, at);
    return !t.completions.some((c) => c.personId === personId && c.status === 'done' && c.occurrence === occ);
  });
}

/** "@清单助手 完成 2" → "完成 2": the command in a group message that mentions the bot. */
export function withoutMentions(text: string): string {
  return text
    .replace(/@\S+?(?:\u2005|\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
