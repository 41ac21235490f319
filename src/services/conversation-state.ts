// What the bot last asked a person, so that a following short answer ("2", "是任务") can be understood.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { conversations } from '../../db/schema.js';

/** A question expires: an answer long after it means something else. */
export const QUESTION_TTL_MS = 30 * 60_000;

export type Pending =
  /** A done-claim was recorded on `completedTaskId`; `options` are the other tasks it might have meant. */
  | { type: 'choose'; messageId: string; at: string; completedTaskId: string; options: string[] }
  /** The bot filed `messageId` as (or into) `taskId`; "不是任务" takes it back. */
  | { type: 'filed'; messageId: string; taskId: string; created: boolean; already?: boolean }
  /** The bot read `messageId` (sequence `seq`) as not a task; "是任务" files it. */
  | { type: 'not-task'; messageId: string; seq: number };

export async function loadPending(
  db: Db,
  county: string,
  personId: string,
  now: string,
): Promise<Pending | null> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.countyId, county), eq(conversations.personId, personId)));
  if (!row || Date.parse(now) - row.updatedAt.getTime() > QUESTION_TTL_MS) return null;
  const state = row.state as { pending?: Pending };
  return state.pending ?? null;
}

/** Remembers the question (or forgets it, with null): every conversational turn replaces the last one. */
export async function savePending(
  db: Db,
  county: string,
  personId: string,
  pending: Pending | null,
  now: string,
): Promise<void> {
  const at = new Date(now);
  const state = (pending ? { pending } : {}) as Record<string, unknown>;
  await db
    .insert(conversations)
    .values({ countyId: county, personId, state, updatedAt: at })
    .onConflictDoUpdate({
      target: [conversations.countyId, conversations.personId],
      set: { state, updatedAt: at },
    });
}
