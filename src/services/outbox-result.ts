// Recording what a send did: sent, or retried later with back-off, or given up with the reason kept.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import type { SendResult } from '../channels/contract.js';
import { backoffMs, MAX_ATTEMPTS } from './outbox-limits.js';

export interface Recorded {
  state: 'sent' | 'queued' | 'failed';
  attempts: number;
  dueAt: Date;
}

/** Null when the row is not in flight (unknown key, or its result was already recorded). */
export async function recordResult(
  db: Db,
  county: string,
  key: string,
  result: SendResult,
  now: Date,
): Promise<Recorded | null> {
  const mine = and(eq(outbox.countyId, county), eq(outbox.key, key), eq(outbox.state, 'sending'));
  const [row] = await db.select({ attempts: outbox.attempts }).from(outbox).where(mine);
  if (!row) return null;
  const error = (result.error ?? 'failed').slice(0, 500);
  let next: Recorded;
  if (result.ok) next = { state: 'sent', attempts: row.attempts, dueAt: now };
  else if (result.permanent || row.attempts >= MAX_ATTEMPTS)
    next = { state: 'failed', attempts: row.attempts, dueAt: now };
  else {
    const wait = Math.max(backoffMs(row.attempts), result.retryAfterMs ?? 0);
    next = { state: 'queued', attempts: row.attempts, dueAt: new Date(now.getTime() + wait) };
  }
  // A sent row's due_at becomes its send time: the throttles count recent sends through that index.
  const updated = await db
    .update(outbox)
    .set({
      state: next.state,
      dueAt: next.dueAt,
      sentAt: result.ok ? now : null,
      result: result.ok ? 'ok' : next.state === 'failed' ? `gave up: ${error}` : error,
    })
    .where(mine)
    .returning({ key: outbox.key });
  return updated.length > 0 ? next : null;
}
