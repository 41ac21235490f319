// Completing from a chat: "完成 N" by inbox number, a done-claim ("已转发") with the chance to
// pick another task, and the pick itself ("2"), which moves the completion.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, completions } from '../../db/schema.js';
import { CHOICES_SHOWN, doneCandidates } from '../core/conversation/choices.js';
import type { RenderOptions } from '../core/conversation/render-inbox.js';
import { shortTitle } from '../core/conversation/render-inbox.js';
import {
  completed,
  completedWithChoices,
  noSuchItem,
  nothingToComplete,
} from '../core/conversation/texts.js';
import type { InboundMessage, Kind } from '../core/types.js';
import { openTasksOf } from '../core/understand/inbox.js';
import type { Pending } from './conversation-state.js';
import { loadTasks, taskIdsOfPerson } from './task-store.js';
import { recordCompletion } from './task-write.js';

export interface Turn {
  text: string;
  pending: Pending | null;
}

async function tasksOf(db: Db, county: string, personId: string) {
  return loadTasks(db, county, await taskIdsOfPerson(db, county, personId));
}

/** "完成 N": the N-th task of the inbox numbering (the same rule the replay scores). */
export async function completeByIndex(
  db: Db,
  county: string,
  msg: InboundMessage,
  index: number,
): Promise<Turn> {
  const open = openTasksOf(await tasksOf(db, county, msg.sender), msg.sender, msg.at);
  const t = open[index - 1];
  if (!t) return { text: noSuchItem(index, open.length), pending: null };
  await recordCompletion(db, county, t, msg.sender, 'done', msg);
  const left = openTasksOf(await tasksOf(db, county, msg.sender), msg.sender, msg.at).length;
  return { text: completed(t, left), pending: null };
}

/** After the understanding recorded a done-claim from this message: say what, and offer the other fits. */
export async function answerDoneClaim(
  db: Db,
  county: string,
  msg: InboundMessage,
  kind: Kind | 'any',
  opts: RenderOptions,
): Promise<Turn> {
  const [row] = await db
    .select({ taskId: completions.taskId })
    .from(completions)
    .where(
      and(
        eq(completions.countyId, county),
        eq(completions.personId, msg.sender),
        eq(completions.messageId, msg.id),
        eq(completions.status, 'done'),
      ),
    );
  if (!row) return { text: nothingToComplete(kind), pending: null };
  const tasks = await tasksOf(db, county, msg.sender);
  const [task] = await loadTasks(db, county, [row.taskId]);
  if (!task) return { text: nothingToComplete(kind), pending: null };
  const others = doneCandidates(tasks, msg.sender, kind, msg.at).slice(0, CHOICES_SHOWN);
  const text = completedWithChoices(task, others, msg.at, opts);
  if (others.length === 0) return { text, pending: null };
  return {
    text,
    pending: {
      type: 'choose',
      messageId: msg.id,
      at: msg.at,
      completedTaskId: task.id,
      options: others.map((t) => t.id),
    },
  };
}

/** The answer to "which one?": the completion moves from the guessed task to the chosen one. */
export async function choose(
  db: Db,
  county: string,
  msg: InboundMessage,
  pending: Extract<Pending, { type: 'choose' }>,
  index: number,
): Promise<Turn> {
  const chosenId = pending.options[index - 1];
  if (!chosenId) return { text: `没有第${index}项，请回复1到${pending.options.length}之间的序号。`, pending };
  const [chosen, guessed] = await Promise.all([
    loadTasks(db, county, [chosenId]).then((r) => r[0]),
    loadTasks(db, county, [pending.completedTaskId]).then((r) => r[0]),
  ]);
  if (!chosen) return { text: '这项任务已经不在了。回复“任务”看清单。', pending: null };
  await undoCompletion(db, county, pending.completedTaskId, msg.sender, pending.messageId);
  const claim = { ...msg, id: pending.messageId, at: pending.at };
  await recordCompletion(db, county, chosen, msg.sender, 'done', claim);
  const back = guessed ? `\n“${shortTitle(guessed.title, 16)}”已放回清单。` : '';
  return { text: `已改为完成：${shortTitle(chosen.title, 22)}。${back}`, pending: null };
}

/** Removes one message's done from a task and puts the person's assignment back to what remains. */
async function undoCompletion(db: Db, county: string, taskId: string, personId: string, messageId: string) {
  const mine = and(
    eq(completions.countyId, county),
    eq(completions.taskId, taskId),
    eq(completions.personId, personId),
  );
  await db
    .delete(completions)
    .where(and(mine, eq(completions.messageId, messageId), eq(completions.status, 'done')));
  const left = await db.select({ status: completions.status }).from(completions).where(mine);
  const [task] = await loadTasks(db, county, [taskId]);
  const finished = left.some((c) => c.status === 'done' || (c.status === 'ack' && task?.kind === 'ack'));
  const state = finished && !task?.recurrence ? 'done' : left.length > 0 ? 'acked' : 'open';
  await db
    .update(assignments)
    .set({ state })
    .where(
      and(
        eq(assignments.countyId, county),
        eq(assignments.taskId, taskId),
        eq(assignments.personId, personId),
      ),
    );
}
