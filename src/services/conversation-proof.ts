// An image right after a completion (or a repost / check-in demand) by the same person is that task's
// proof (conventions, section 7: an image alone completes nothing). We keep the platform's media reference.
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { completions, messages, proofs } from '../../db/schema.js';
import type { InboundMessage } from '../core/types.js';
import { lastPostedIn, type TaskView } from '../core/understand/views.js';
import { loadTasks, taskIdsPostedIn } from './task-store.js';

/** "Right after": within this many minutes. */
export const PROOF_WINDOW_MS = 5 * 60_000;

export interface KeptProof {
  proofId: string;
  task: TaskView;
  /** True when it is attached to a completion, false when only to a demand. */
  completion: boolean;
}

const MEDIA_KEYS = ['MediaId', 'mediaId', 'media_id', 'PicUrl', 'picUrl', 'url', 'fileId', 'id'];

/** The platform's handle on the image: the message's url, else a media id in the raw payload. */
async function mediaRef(db: Db, county: string, seq: number, msg: InboundMessage): Promise<string | null> {
  if (msg.url) return msg.url;
  const [row] = await db
    .select({ payload: messages.payload })
    .from(messages)
    .where(and(eq(messages.countyId, county), eq(messages.seq, seq)));
  const raw = (row?.payload as { raw?: Record<string, unknown> } | undefined)?.raw;
  const image = raw?.image as Record<string, unknown> | undefined;
  for (const source of [raw, image]) {
    for (const k of MEDIA_KEYS) {
      const v = source?.[k];
      if (typeof v === 'string' && v) return v;
    }
  }
  return msg.name ?? null;
}

export async function keepProof(
  db: Db,
  county: string,
  seq: number,
  msg: InboundMessage,
): Promise<KeptProof | null> {
  const at = new Date(msg.at);
  const since = new Date(at.getTime() - PROOF_WINDOW_MS);
  const [done] = await db
    .select()
    .from(completions)
    .where(
      and(
        eq(completions.countyId, county),
        eq(completions.personId, msg.sender),
        eq(completions.status, 'done'),
        gte(completions.at, since),
        lte(completions.at, at),
      ),
    )
    .orderBy(desc(completions.at))
    .limit(1);
  let task: TaskView | undefined;
  if (done) [task] = await loadTasks(db, county, [done.taskId]);
  else task = await demandJustPosted(db, county, msg, since);
  if (!task) return null;
  const proofId = `msg-${seq}`;
  await db
    .insert(proofs)
    .values({
      countyId: county,
      id: proofId,
      taskId: task.id,
      personId: msg.sender,
      messageId: msg.id,
      mime: 'image/*',
      ref: await mediaRef(db, county, seq, msg),
      at,
    })
    .onConflictDoNothing();
  if (done) {
    await db
      .update(completions)
      .set({ proof: proofId })
      .where(
        and(
          eq(completions.countyId, county),
          eq(completions.taskId, done.taskId),
          eq(completions.personId, done.personId),
          eq(completions.status, 'done'),
          eq(completions.occurrence, done.occurrence),
        ),
      );
  }
  return { proofId, task, completion: Boolean(done) };
}

/** A repost or check-in demand addressed to the person, posted in this group (any, for a DM) just before. */
async function demandJustPosted(db: Db, county: string, msg: InboundMessage, since: Date) {
  const ids = await taskIdsPostedIn(db, county, msg.group, since, 20);
  const tasks = await loadTasks(db, county, ids);
  return tasks
    .filter(
      (t) =>
        t.status === 'open' &&
        t.assignees.includes(msg.sender) &&
        (t.kind === 'repost' || t.kind === 'checkin') &&
        Date.parse(lastPostedIn(t, msg.group) ?? '0') <= Date.parse(msg.at),
    )
    .sort(
      (a, b) => Date.parse(lastPostedIn(b, msg.group) ?? '0') - Date.parse(lastPostedIn(a, msg.group) ?? '0'),
    )[0];
}
