// Writes the scheduler's decisions as outbox rows, each under its unique key (recipient|purpose|period),
// so a second writer is a no-op. Rows to send go through `enqueue`; rows that are only a record (a reminder
// folded into another message, a digest with nothing to say) are inserted in one statement with their
// final state, so no sender ever sees them queued.
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import type { PlannedRow } from '../core/digest/index.js';
import { enqueue, outboxKey } from './outbox.js';

export interface WrittenRow {
  recipientId: string;
  purpose: string;
  period: string;
  state: PlannedRow['state'];
  dueAt: Date;
}

export async function writePlannedRows(db: Db, county: string, rows: PlannedRow[]): Promise<WrittenRow[]> {
  const written: WrittenRow[] = [];
  const records = rows.filter((r) => r.state !== 'queued');
  for (let i = 0; i < records.length; i += 500) {
    const chunk = records.slice(i, i + 500);
    const inserted = await db
      .insert(outbox)
      .values(
        chunk.map((r) => ({
          countyId: county,
          key: outboxKey(r),
          recipientId: r.recipientId,
          channel: r.channel,
          purpose: r.purpose,
          period: r.period,
          body: r.body as unknown as Record<string, unknown>,
          state: r.state,
          result: r.result ?? null,
          dueAt: new Date(r.dueAt),
        })),
      )
      .onConflictDoNothing()
      .returning({ key: outbox.key });
    const fresh = new Set(inserted.map((r) => r.key));
    for (const r of chunk) if (fresh.has(outboxKey(r))) written.push({ ...r, dueAt: new Date(r.dueAt) });
  }
  for (const row of rows) {
    if (row.state !== 'queued') continue;
    const item = { county, ...row, dueAt: new Date(row.dueAt) };
    if (await enqueue(db, item)) written.push({ ...row, dueAt: item.dueAt });
  }
  return written;
}
