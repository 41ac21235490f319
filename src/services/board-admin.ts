// The admin's roster page: organisations, people and groups, and what the bots saw that the roster does not know.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { counties, groups, identities, memberships, orgs, people } from '../../db/schema.js';
import { AppError } from '../errors.js';
import { confirmBinding, dismissBinding } from './bindings.js';

export async function loadRosterAdmin(db: Db, county: string) {
  const [o, p, g, m, pendingPeople] = await Promise.all([
    db.select().from(orgs).where(eq(orgs.countyId, county)).orderBy(asc(orgs.id)),
    db.select().from(people).where(eq(people.countyId, county)).orderBy(asc(people.orgId), asc(people.id)),
    db.select().from(groups).where(eq(groups.countyId, county)).orderBy(asc(groups.id)),
    db
      .select({ groupId: memberships.groupId, n: count() })
      .from(memberships)
      .where(eq(memberships.countyId, county))
      .groupBy(memberships.groupId),
    db
      .select()
      .from(identities)
      .where(and(eq(identities.countyId, county), eq(identities.pending, true)))
      .orderBy(asc(identities.seenAt)),
  ]);
  const members = new Map(m.map((r) => [r.groupId, r.n]));
  return {
    orgs: o.map((x) => ({ id: x.id, name: x.name, level: x.level, parent: x.parentId })),
    people: p.map((x) => ({
      id: x.id,
      name: x.name,
      title: x.title,
      orgId: x.orgId,
      role: x.role,
      active: x.active,
      revokedAt: x.linksValidAfter,
    })),
    groups: g.filter((x) => !x.pending).map((x) => ({ ...x, members: members.get(x.id) ?? 0 })),
    pendingGroups: g.filter((x) => x.pending),
    pendingPeople: pendingPeople.map((x) => ({
      platform: x.platform,
      externalId: x.externalId,
      displayName: x.displayName,
      seenAt: x.seenAt,
    })),
  };
}

export type RosterAdmin = Awaited<ReturnType<typeof loadRosterAdmin>>;

/** Binds a pending group to a roster group: its platform binding moves there (the bots' own rule). */
export async function confirmGroup(db: Db, county: string, pendingId: string, targetId: string) {
  const pending = await pendingGroup(db, county, pendingId);
  await confirmBinding(db, county, {
    kind: 'group',
    platform: pending.platform,
    binding: pending.binding!,
    groupId: targetId,
  });
}

/** "Not one of ours": kept, no longer asked about (see dismissBinding). */
export async function dismissGroup(db: Db, county: string, pendingId: string) {
  const pending = await pendingGroup(db, county, pendingId);
  await dismissBinding(db, county, { kind: 'group', platform: pending.platform, key: pending.binding! });
}

async function pendingGroup(db: Db, county: string, id: string) {
  const [g] = await db
    .select()
    .from(groups)
    .where(and(eq(groups.countyId, county), eq(groups.id, id), eq(groups.pending, true)));
  if (!g?.binding) throw new AppError('not_found', '这个待确认的群已处理过');
  return g;
}

/** Binds a platform account the bots saw to a roster person. */
export async function confirmIdentity(
  db: Db,
  county: string,
  platform: string,
  externalId: string,
  personId: string,
) {
  await confirmBinding(db, county, { kind: 'person', platform, externalId, personId });
}

export async function dismissIdentity(db: Db, county: string, platform: string, externalId: string) {
  await dismissBinding(db, county, { kind: 'person', platform, key: externalId });
}

export async function countyIds(db: Db): Promise<{ id: string; name: string }[]> {
  return db.select({ id: counties.id, name: counties.name }).from(counties).orderBy(asc(counties.id));
}
