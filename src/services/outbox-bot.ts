// The outbox as the WeChat bot process sees it: claim the next rows it may send now, report each result.
import type { SendResult } from '../channels/contract.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import type { OutboxBody } from './outbox.js';
import { claimDue } from './outbox-claim.js';
import { channelLimits } from './outbox-limits.js';
import { type Recorded, recordResult } from './outbox-result.js';
import { targetOf } from './outbox-target.js';

export interface BotItem {
  key: string;
  county: string;
  recipientId: string;
  externalId?: string;
  groupId?: string;
  groupTopic?: string;
  body: OutboxBody;
}

export async function claimForBot(
  deps: Pick<Deps, 'db' | 'config'>,
  county: string,
  channel: string,
  limit: number,
  now: Date,
): Promise<BotItem[]> {
  const rows = await claimDue(deps.db, {
    channel,
    county,
    limit,
    now,
    limits: channelLimits(channel, deps.config),
  });
  const items: BotItem[] = [];
  for (const row of rows) {
    const t = await targetOf(deps.db, row);
    items.push({
      key: row.key,
      county: row.county,
      recipientId: row.recipientId,
      ...(t.externalId ? { externalId: t.externalId } : {}),
      ...(t.groupId ? { groupId: t.groupId } : {}),
      ...(t.groupTopic ? { groupTopic: t.groupTopic } : {}),
      body: row.body,
    });
  }
  return items;
}

export async function reportResult(
  deps: Pick<Deps, 'db'>,
  county: string,
  key: string,
  result: SendResult,
  now: Date,
): Promise<Recorded> {
  const recorded = await recordResult(deps.db, county, key, result, now);
  if (!recorded) throw new AppError('conflict', 'no message in flight with this key');
  return recorded;
}
