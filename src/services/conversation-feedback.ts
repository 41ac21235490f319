// "是任务" / "不是任务": the person's one-word correction of how the bot read their last message.
// The verdict is kept in `feedback` (for whoever tunes the rules); the person's list follows it at once.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, feedback, messages } from '../../db/schema.js';
import { readAsTask } from '../core/conversation/read-as-task.js';
import { shortTitle } from '../core/conversation/render-inbox.js';
import { filed, NOTHING_TO_CORRECT } from '../core/conversation/texts.js';
import type { InboundMessage } from '../core/types.js';
import type { Turn } from './conversation-complete.js';
import type { Pending } from './conversation-state.js';
import { loadTasks } from './task-store.js';
import { cancelTask, createTask, refreshFlags } from './task-write.js';
import type { UnderstandingOptions } from './understanding-options.js';

async function recordVerdict(
  db: Db,
  county: string,
  messageId: string,
  personId: string,
  isTask: boolean,
  at: string,
) {
  const verdict = isTask ? 'task' : 'not-task';
  await db
    .insert(feedback)
    .values({ countyId: county, messageId, personId, verdict, at: new Date(at) })
    .onConflictDoUpdate({
      target: [feedback.countyId, feedback.messageId, feedback.personId],
      set: { verdict, at: new Date(at) },
    });
}

export async function correct(
  db: Db,
  county: string,
  msg: InboundMessage,
  isTask: boolean,
  pending: Pending | null,
  opts: UnderstandingOptions,
): Promise<Turn> {
  if (!pending || pending.type === 'choose') return { text: NOTHING_TO_CORRECT, pending: null };
  await recordVerdict(db, county, pending.messageId, msg.sender, isTask, msg.at);
  if (pending.type === 'not-task') {
    if (!isTask) return { text: '好的，已记下。', pending: null };
    return fileAsTask(db, county, msg, pending, opts);
  }
  const [task] = await loadTasks(db, county, [pending.taskId]);
  if (isTask) return { text: task ? filed(task, msg.at, {}, true).split('\n')[0]! : '好的。', pending: null };
  // A task assigned to the person in a group stays: the correction was only about the forwarded copy.
  if (pending.already) return { text: '好的，已记下。这项是群里布置给你的，仍留在清单里。', pending: null };
  // Out of this person's list; a task the message itself started goes altogether.
  await db
    .delete(assignments)
    .where(
      and(
        eq(assignments.countyId, county),
        eq(assignments.taskId, pending.taskId),
        eq(assignments.personId, msg.sender),
      ),
    );
  if (pending.created) await cancelTask(db, county, pending.taskId);
  const what = task ? `：${shortTitle(task.title, 22)}` : '';
  return { text: `好的，已从清单移除${what}。`, pending: null };
}

async function fileAsTask(
  db: Db,
  county: string,
  msg: InboundMessage,
  pending: Extract<Pending, { type: 'not-task' }>,
  opts: UnderstandingOptions,
): Promise<Turn> {
  const [row] = await db
    .select({ payload: messages.payload, taskId: messages.taskId })
    .from(messages)
    .where(and(eq(messages.countyId, county), eq(messages.seq, pending.seq)));
  const original = row?.payload as unknown as InboundMessage | undefined;
  const text = original?.text ?? original?.title;
  if (!original || !text) return { text: '找不到那条消息了，请重新转发给我。', pending: null };
  if (row?.taskId) {
    const [known] = await loadTasks(db, county, [row.taskId]);
    if (known) return { text: filed(known, msg.at, {}, true), pending: null };
  }
  const reading = readAsTask(text, original.at, opts.officeHours);
  const id = await createTask(db, county, {
    seq: pending.seq,
    msg: { ...original, text },
    reading,
    addressees: [msg.sender],
    origin: 'forward',
  });
  await refreshFlags(db, county, id, opts);
  await db
    .update(messages)
    .set({ directive: true, taskId: id })
    .where(and(eq(messages.countyId, county), eq(messages.seq, pending.seq)));
  const [task] = await loadTasks(db, county, [id]);
  return {
    text: task ? filed(task, msg.at, { officeEnd: opts.officeHours.end }) : '已加入清单。',
    pending: { type: 'filed', messageId: pending.messageId, taskId: id, created: true },
  };
}
