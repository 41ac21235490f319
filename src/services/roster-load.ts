import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { counties, groups, memberships, orgs, people } from '../../db/schema.js';
import type { OrgLevel, Role, Roster } from '../core/types.js';
import { AppError } from '../errors.js';

// Rosters change rarely and are read for every message: cache them per process, keyed by the
// version every import bumps, so an import through another instance is seen at once.
const cache = new WeakMap<Db, Map<string, { version: number; roster: Roster }>>();

/** The county's roster as the core reads it. */
export async function loadRoster(db: Db, county: string): Promise<Roster> {
  const [v] = await db
    .select({ version: counties.rosterVersion })
    .from(counties)
    .where(eq(counties.id, county));
  if (!v) throw new AppError('not_found', `county ${county} has no roster`);
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  const hit = perDb.get(county);
  if (hit && hit.version === v.version) return hit.roster;
  const roster = await readRoster(db, county);
  perDb.set(county, { version: v.version, roster });
  return roster;
}

async function readRoster(db: Db, county: string): Promise<Roster> {
  const [c] = await db.select().from(counties).where(eq(counties.id, county));
  if (!c) throw new AppError('not_found', `county ${county} has no roster`);
  const [o, p, g, m] = await Promise.all([
    db.select().from(orgs).where(eq(orgs.countyId, county)),
    db.select().from(people).where(eq(people.countyId, county)),
    db.select().from(groups).where(eq(groups.countyId, county)),
    db.select().from(memberships).where(eq(memberships.countyId, county)),
  ]);
  return {
    timezone: c.timezone,
    bot: c.botId,
    orgs: o.map((x) => ({ id: x.id, name: x.name, level: x.level as OrgLevel, parent: x.parentId })),
    people: p.map((x) => ({ id: x.id, name: x.name, title: x.title, org: x.orgId, role: x.role as Role })),
    groups: g.map((x) => ({
      id: x.id,
      platform: x.platform,
      name: x.name,
      members: m.filter((y) => y.groupId === x.id).map((y) => y.personId),
    })),
  };
}

/** Which county a request is for: the one named, else the only one there is. */
export async function resolveCounty(db: Db, requested: string | undefined): Promise<string> {
  const rows = await db.select({ id: counties.id }).from(counties);
  if (requested) {
    if (!rows.some((r) => r.id === requested)) throw new AppError('not_found', `unknown county ${requested}`);
    return requested;
  }
  if (rows.length === 1) return rows[0]!.id;
  if (rows.length === 0) throw new AppError('conflict', 'no roster has been imported yet');
  throw new AppError('bad_request', 'several counties: name one with the X-Qingdan-County header');
}
