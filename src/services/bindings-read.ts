// Reading bindings: what waits for an admin, and the platform names senders write to.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, identities } from '../../db/schema.js';

/** Groups and accounts the roster does not know yet, for the admin page. */
export async function pendingBindings(db: Db, county: string) {
  const [g, i] = await Promise.all([
    db
      .select({ id: groups.id, platform: groups.platform, name: groups.name, binding: groups.binding })
      .from(groups)
      .where(and(eq(groups.countyId, county), eq(groups.pending, true))),
    db
      .select({
        platform: identities.platform,
        externalId: identities.externalId,
        displayName: identities.displayName,
        seenAt: identities.seenAt,
      })
      .from(identities)
      .where(and(eq(identities.countyId, county), eq(identities.pending, true))),
  ]);
  return { groups: g, identities: i };
}

/** A person's confirmed account on a platform (WeCom userid; WeChat `alias:…`/`name:…`), for senders. */
export async function externalIdOf(db: Db, county: string, platform: string, personId: string) {
  const [row] = await db
    .select({ externalId: identities.externalId })
    .from(identities)
    .where(
      and(
        eq(identities.countyId, county),
        eq(identities.platform, platform),
        eq(identities.personId, personId),
        eq(identities.pending, false),
      ),
    )
    .limit(1);
  return row?.externalId;
}

/** The platform attribute a roster group is bound by (WeChat room topic, WeCom chatid). */
export async function groupBindingOf(db: Db, county: string, groupId: string) {
  const [row] = await db
    .select({ binding: groups.binding, platform: groups.platform })
    .from(groups)
    .where(and(eq(groups.countyId, county), eq(groups.id, groupId)));
  return row?.binding ? { platform: row.platform, binding: row.binding } : undefined;
}
