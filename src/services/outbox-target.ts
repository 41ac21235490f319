// Where a claimed row goes on its platform: the person's bound account, or the group's binding.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, identities } from '../../db/schema.js';
import type { SendTarget } from '../channels/contract.js';
import type { ClaimedRow } from './outbox-claim.js';

/** The platform whose accounts a channel writes to (identities.platform, groups.platform). */
export function platformOf(channel: string): string {
  return channel.startsWith('wecom') ? 'wecom' : channel;
}

export interface ResolvedTarget extends SendTarget {
  /** The group's stable attribute on the platform (a WeChat room topic, a WeCom chatid). */
  groupTopic?: string;
}

export async function targetOf(db: Db, row: ClaimedRow): Promise<ResolvedTarget> {
  const platform = platformOf(row.channel);
  const groupId = row.body.groupId;
  if (groupId) {
    const [g] = await db
      .select({ binding: groups.binding, name: groups.name })
      .from(groups)
      .where(and(eq(groups.countyId, row.county), eq(groups.id, groupId)));
    return { groupId, groupTopic: g?.binding ?? g?.name, personId: row.recipientId };
  }
  const [id] = await db
    .select({ externalId: identities.externalId })
    .from(identities)
    .where(
      and(
        eq(identities.countyId, row.county),
        eq(identities.platform, platform),
        eq(identities.personId, row.recipientId),
        isNotNull(identities.personId),
      ),
    )
    .orderBy(desc(identities.seenAt))
    .limit(1);
  return { personId: row.recipientId, ...(id ? { externalId: id.externalId } : {}) };
}
