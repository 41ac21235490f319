// Re-runs understanding over a county's stored messages, in the order they were received, from a clean slate
// of derived rows. Task ids come from message sequence numbers, so running it twice gives the same tasks.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, completions, messages, taskBands, taskSources, tasks } from '../../db/schema.js';
import type { InboundMessage } from '../core/types.js';
import type { Logger } from '../logger.js';
import { withCountySettings } from './county-settings.js';
import { processMessage } from './process-message.js';
import { loadRoster } from './roster-load.js';
import type { UnderstandingOptions } from './understanding-options.js';

export async function reprocess(
  deps: { db: Db; logger: Logger },
  county: string,
  opts: UnderstandingOptions,
) {
  const { db } = deps;
  await db.transaction(async (tx) => {
    for (const table of [taskBands, taskSources, assignments, completions, tasks]) {
      await tx.delete(table).where(eq(table.countyId, county));
    }
    await tx
      .update(messages)
      .set({ state: 'new', error: null, directive: null, taskId: null })
      .where(eq(messages.countyId, county));
  });
  const roster = await loadRoster(db, county);
  // The county's policy settings apply to history too; leaders are not nudged about old posts.
  const understanding = { ...(await withCountySettings(db, county, opts)), nudge: undefined };
  const rows = await db
    .select({ seq: messages.seq, payload: messages.payload })
    .from(messages)
    .where(and(eq(messages.countyId, county)))
    .orderBy(asc(messages.at), asc(messages.seq));
  let failed = 0;
  for (const r of rows) {
    try {
      await processMessage(db, county, r.seq, r.payload as unknown as InboundMessage, roster, understanding);
    } catch (err) {
      failed++;
      const error = (err as Error).message;
      deps.logger.error('message not understood', { county, seq: r.seq, error });
      await db
        .update(messages)
        .set({ state: 'failed', error })
        .where(and(eq(messages.countyId, county), eq(messages.seq, r.seq)));
    }
  }
  return { county, messages: rows.length, failed };
}
