// Ingest: every message is stored first (idempotently on platform + id), then understood one by one.
// A message that fails to be understood is kept with its error and does not stop the others.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messages } from '../../db/schema.js';
import type { InboundMessageInput } from '../core/inbound-schema.js';
import type { InboundMessage } from '../core/types.js';
import type { Logger } from '../logger.js';
import { withCountySettings } from './county-settings.js';
import { processMessage } from './process-message.js';
import { loadRoster } from './roster-load.js';
import type { UnderstandingOptions } from './understanding-options.js';

export interface IngestItem {
  id: string;
  stored: boolean;
  directive?: boolean;
  task?: string | null;
  error?: string;
}

export interface IngestSummary {
  county: string;
  received: number;
  stored: number;
  duplicates: number;
  failed: number;
  items: IngestItem[];
}

function toMessage(m: InboundMessageInput): InboundMessage {
  const { raw: _raw, ...rest } = m;
  return rest as InboundMessage;
}

/** Stores the messages; returns the sequence numbers of those that were new. */
export async function storeMessages(db: Db, county: string, batch: InboundMessageInput[]) {
  const stored = new Map<number, number>();
  for (let i = 0; i < batch.length; i += 500) {
    const chunk = batch.slice(i, i + 500);
    const rows = await db
      .insert(messages)
      .values(
        chunk.map((m) => ({
          countyId: county,
          platform: m.platform,
          platformId: m.id,
          groupId: m.group,
          senderId: m.sender,
          at: new Date(m.at),
          type: m.type,
          text: m.text ?? null,
          payload: m as unknown as Record<string, unknown>,
        })),
      )
      .onConflictDoNothing()
      .returning({ seq: messages.seq, platform: messages.platform, platformId: messages.platformId });
    const index = new Map(chunk.map((m, j) => [`${m.platform}\u0000${m.id}`, i + j]));
    for (const r of rows) stored.set(index.get(`${r.platform}\u0000${r.platformId}`)!, r.seq);
  }
  return stored;
}

export async function ingest(
  deps: { db: Db; logger: Logger },
  county: string,
  batch: InboundMessageInput[],
  opts: UnderstandingOptions,
): Promise<IngestSummary> {
  const stored = await storeMessages(deps.db, county, batch);
  return understandStored(deps, county, batch, stored, opts);
}

/**
 * The second half of ingest, for callers that must answer between storing and understanding (WeCom wants
 * an answer within a second): `stored` maps batch positions to the sequence numbers storeMessages gave.
 */
export async function understandStored(
  deps: { db: Db; logger: Logger },
  county: string,
  batch: InboundMessageInput[],
  stored: Map<number, number>,
  opts: UnderstandingOptions,
): Promise<IngestSummary> {
  const { db, logger } = deps;
  const roster = stored.size > 0 ? await loadRoster(db, county) : null;
  // The county's own policy settings, read once per batch.
  const understanding = roster ? await withCountySettings(db, county, opts) : opts;
  const items: IngestItem[] = [];
  let failed = 0;
  for (const [i, m] of batch.entries()) {
    const seq = stored.get(i);
    if (seq === undefined || !roster) {
      items.push({ id: m.id, stored: false });
      continue;
    }
    try {
      const out = await processMessage(db, county, seq, toMessage(m), roster, understanding);
      items.push({ id: m.id, stored: true, directive: out.directive, task: out.taskId });
    } catch (err) {
      failed++;
      const error = err instanceof Error ? err.message : String(err);
      logger.error('message not understood', { county, id: m.id, error });
      await markFailed(db, county, seq, error);
      items.push({ id: m.id, stored: true, error: 'not_understood' });
    }
  }
  return {
    county,
    received: batch.length,
    stored: stored.size,
    duplicates: batch.length - stored.size,
    failed,
    items,
  };
}

async function markFailed(db: Db, county: string, seq: number, error: string) {
  await db
    .update(messages)
    .set({ state: 'failed', error: error.slice(0, 2000), directive: sql`null`, taskId: null })
    .where(and(eq(messages.countyId, county), eq(messages.seq, seq)));
}
