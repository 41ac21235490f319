// Imports a county's roster. Idempotent: a second import of the same file changes nothing; an edited file
// updates rows in place; a person who has tasks is never deleted (only marked inactive).
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, counties, groups, memberships, orgs, people, taskSources } from '../../db/schema.js';
import { type RosterInput, rosterSchema } from '../core/roster-schema.js';
import { AppError } from '../errors.js';

export interface RosterImportResult {
  county: string;
  orgs: number;
  people: number;
  groups: number;
  deactivated: string[];
  removed: string[];
}

function checkReferences(r: RosterInput): string[] {
  const problems: string[] = [];
  const orgIds = new Set(r.orgs.map((o) => o.id));
  const tops = r.orgs.filter((o) => o.parent === null);
  if (tops.length !== 1 || tops[0]?.level !== 'county')
    problems.push('orgs: exactly one top organisation of level county');
  for (const o of r.orgs)
    if (o.parent !== null && !orgIds.has(o.parent)) problems.push(`org ${o.id}: unknown parent ${o.parent}`);
  const personIds = new Set(r.people.map((p) => p.id));
  for (const p of r.people) if (!orgIds.has(p.org)) problems.push(`person ${p.id}: unknown org ${p.org}`);
  for (const g of r.groups)
    for (const m of g.members)
      if (m !== r.bot && !personIds.has(m)) problems.push(`group ${g.id}: unknown member ${m}`);
  return problems;
}

export function parseRoster(input: unknown): RosterInput {
  const parsed = rosterSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('validation_failed', '名册格式不正确', parsed.error.issues.slice(0, 20));
  }
  const problems = checkReferences(parsed.data);
  if (problems.length > 0) throw new AppError('validation_failed', '名册引用不一致', problems.slice(0, 20));
  return parsed.data;
}

export async function importRoster(db: Db, input: unknown): Promise<RosterImportResult> {
  const r = parseRoster(input);
  const top = r.orgs.find((o) => o.parent === null)!;
  const county = top.id;
  return db.transaction(async (tx) => {
    await tx
      .insert(counties)
      .values({ id: county, name: top.name, botId: r.bot, timezone: r.timezone })
      .onConflictDoUpdate({
        target: counties.id,
        set: { name: top.name, botId: r.bot, timezone: r.timezone },
      });
    await tx
      .insert(orgs)
      .values(
        r.orgs.map((o) => ({ countyId: county, id: o.id, name: o.name, level: o.level, parentId: o.parent })),
      )
      .onConflictDoUpdate({
        target: [orgs.countyId, orgs.id],
        set: { name: sql`excluded.name`, level: sql`excluded.level`, parentId: sql`excluded.parent_id` },
      });
    if (r.people.length > 0) {
      await tx
        .insert(people)
        .values(r.people.map((p) => ({ countyId: county, ...p, orgId: p.org, active: true })))
        .onConflictDoUpdate({
          target: [people.countyId, people.id],
          set: {
            name: sql`excluded.name`,
            title: sql`excluded.title`,
            orgId: sql`excluded.org_id`,
            role: sql`excluded.role`,
            active: sql`true`,
          },
        });
    }
    const { deactivated, removed } = await retireMissingPeople(
      tx as unknown as Db,
      county,
      r.people.map((p) => p.id),
    );
    if (r.groups.length > 0) {
      await tx
        .insert(groups)
        .values(r.groups.map((g) => ({ countyId: county, id: g.id, platform: g.platform, name: g.name })))
        .onConflictDoUpdate({
          target: [groups.countyId, groups.id],
          set: { platform: sql`excluded.platform`, name: sql`excluded.name` },
        });
    }
    for (const g of r.groups) {
      const members = g.members.filter((m) => m !== r.bot);
      const keep = members.length > 0 ? notInArray(memberships.personId, members) : undefined;
      await tx
        .delete(memberships)
        .where(and(eq(memberships.countyId, county), eq(memberships.groupId, g.id), keep));
      if (members.length > 0) {
        await tx
          .insert(memberships)
          .values(members.map((m) => ({ countyId: county, groupId: g.id, personId: m })))
          .onConflictDoNothing();
      }
    }
    return {
      county,
      orgs: r.orgs.length,
      people: r.people.length,
      groups: r.groups.length,
      deactivated,
      removed,
    };
  });
}

/** People absent from the new file: deleted when nothing refers to them, otherwise kept inactive. */
async function retireMissingPeople(db: Db, county: string, keepIds: string[]) {
  const missing = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.countyId, county), keepIds.length > 0 ? notInArray(people.id, keepIds) : undefined));
  const ids = missing.map((m) => m.id);
  if (ids.length === 0) return { deactivated: [], removed: [] };
  const used = new Set<string>();
  for (const row of await db
    .select({ id: assignments.personId })
    .from(assignments)
    .where(and(eq(assignments.countyId, county), inArray(assignments.personId, ids))))
    used.add(row.id);
  for (const row of await db
    .select({ id: taskSources.senderId })
    .from(taskSources)
    .where(and(eq(taskSources.countyId, county), inArray(taskSources.senderId, ids))))
    used.add(row.id);
  const deactivated = ids.filter((i) => used.has(i));
  const removed = ids.filter((i) => !used.has(i));
  if (deactivated.length > 0)
    await db
      .update(people)
      .set({ active: false })
      .where(and(eq(people.countyId, county), inArray(people.id, deactivated)));
  if (removed.length > 0) {
    await db.delete(people).where(and(eq(people.countyId, county), inArray(people.id, removed)));
    await db
      .delete(memberships)
      .where(and(eq(memberships.countyId, county), inArray(memberships.personId, removed)));
  }
  return { deactivated, removed };
}
