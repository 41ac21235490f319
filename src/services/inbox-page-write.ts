// "完成" and "撤销" from the cadre's page: the same completion a chat reply records, plus an optional proof image.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, completions, proofs } from '../../db/schema.js';
import type { InboundMessage } from '../core/types.js';
import { isoLocal, occurrenceOf } from '../core/understand/occurrence.js';
import { AppError } from '../errors.js';
import { loadTasks } from './task-store.js';
import { recordCompletion } from './task-write.js';

export interface ProofUpload {
  mime: string;
  bytes: Buffer;
}

async function lockedTask(tx: Db, county: string, personId: string, taskId: string) {
  // Same lock as message processing: one writer per county at a time.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${county}))`);
  const [task] = await loadTasks(tx, county, [taskId]);
  if (!task?.assignees.includes(personId)) throw new AppError('not_found', '这项任务不在您的清单里');
  if (task.status !== 'open') throw new AppError('conflict', '这项任务已经取消，不用再做');
  return task;
}

/** Records a `done` by the person now; a proof is stored with the task under the completion's id. */
export async function completeFromPage(
  db: Db,
  county: string,
  personId: string,
  taskId: string,
  now: Date,
  proof?: ProofUpload,
): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const task = await lockedTask(tx, county, personId, taskId);
    const at = isoLocal(now.getTime());
    const msg: InboundMessage = {
      id: `page:${randomUUID()}`,
      at,
      platform: 'page',
      group: null,
      to: 'page',
      sender: personId,
      type: 'text',
      text: '完成',
    };
    const occurrence = occurrenceOf(task, at);
    const [existing] = await tx
      .select({ messageId: completions.messageId })
      .from(completions)
      .where(theDone(county, taskId, personId, occurrence));
    await recordCompletion(tx, county, task, personId, 'done', msg);
    if (proof) {
      await tx.insert(proofs).values({
        countyId: county,
        id: randomUUID(),
        taskId,
        personId,
        // A proof added to an earlier completion belongs to that completion, so undo removes it too.
        messageId: existing?.messageId ?? msg.id,
        mime: proof.mime,
        bytes: proof.bytes,
        at: now,
      });
    }
  });
}

/** Removes the person's `done` for the current occurrence, and the proofs uploaded with it. */
export async function undoFromPage(
  db: Db,
  county: string,
  personId: string,
  taskId: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    const task = await lockedTask(tx, county, personId, taskId);
    const occurrence = occurrenceOf(task, isoLocal(now.getTime()));
    const removed = await tx
      .delete(completions)
      .where(theDone(county, taskId, personId, occurrence))
      .returning({ messageId: completions.messageId });
    for (const r of removed)
      await tx
        .delete(proofs)
        .where(
          and(eq(proofs.countyId, county), eq(proofs.taskId, taskId), eq(proofs.messageId, r.messageId)),
        );
    const acked = task.completions.some((c) => c.personId === personId && c.status === 'ack');
    const ackDone = acked && task.kind === 'ack' && !task.recurrence;
    await tx
      .update(assignments)
      .set({ state: ackDone ? 'done' : acked ? 'acked' : 'open', updatedAt: now })
      .where(
        and(
          eq(assignments.countyId, county),
          eq(assignments.taskId, taskId),
          eq(assignments.personId, personId),
        ),
      );
  });
}

/** The person's `done` of one occurrence of a task (undo removes what complete wrote). */
function theDone(county: string, taskId: string, personId: string, occurrence: string) {
  return and(
    eq(completions.countyId, county),
    eq(completions.taskId, taskId),
    eq(completions.personId, personId),
    eq(completions.status, 'done'),
    eq(completions.occurrence, occurrence),
  );
}
