// The one way out: every message the system sends is an outbox row, written once per
// (recipient, purpose, period). Senders claim rows, respect platform limits and record the result.
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';

export interface OutboxBody {
  /** Plain text (WeChat, WeCom text). */
  text: string;
  /** Markdown for WeCom, when it reads better there. */
  markdown?: string;
  /** Where it goes when it is not a person's direct chat: a group id. */
  groupId?: string;
  /** People to @-mention in a group post. */
  mentions?: string[];
  urgent?: boolean;
}

export interface OutboxItem {
  county: string;
  recipientId: string;
  /** wechat | wecom-app | wecom-webhook | wecom-aibot */
  channel: string;
  /** digest | reminder | overdue | leader-summary | reply | nudge … */
  purpose: string;
  /** What makes it unique within the purpose: a date, a task occurrence, a message id. */
  period: string;
  body: OutboxBody;
  dueAt: Date;
}

export function outboxKey(item: Pick<OutboxItem, 'recipientId' | 'purpose' | 'period'>): string {
  return `${item.recipientId}|${item.purpose}|${item.period}`;
}

/** Writes the row unless one with the same key exists; true when this call wrote it. */
export async function enqueue(db: Db, item: OutboxItem): Promise<boolean> {
  const rows = await db
    .insert(outbox)
    .values({
      countyId: item.county,
      key: outboxKey(item),
      recipientId: item.recipientId,
      channel: item.channel,
      purpose: item.purpose,
      period: item.period,
      body: item.body as unknown as Record<string, unknown>,
      dueAt: item.dueAt,
    })
    .onConflictDoNothing()
    .returning({ key: outbox.key });
  return rows.length > 0;
}
