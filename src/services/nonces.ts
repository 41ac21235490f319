// A signed callback's nonce is accepted once. Rows older than the timestamp window can go: a
// replay that old is already refused by its timestamp.
import { lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { nonces } from '../../db/schema.js';

const KEEP_MS = 15 * 60_000;

/** Records the nonce; false when it was seen before in this scope. */
export async function claimNonce(db: Db, scope: string, nonce: string, now: Date): Promise<boolean> {
  const rows = await db
    .insert(nonces)
    .values({ scope, nonce, seenAt: now })
    .onConflictDoNothing()
    .returning({ nonce: nonces.nonce });
  // Prune now and then rather than on every call: one in fifty claims.
  if (rows.length > 0 && Math.random() < 0.02) await pruneNonces(db, now);
  return rows.length > 0;
}

export async function pruneNonces(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(nonces)
    .where(lt(nonces.seenAt, new Date(now.getTime() - KEEP_MS)))
    .returning({ nonce: nonces.nonce });
  return gone.length;
}
