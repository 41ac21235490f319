// Loading tasks as the views the understanding code reads. Every query is scoped to the county.
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rowsOf } from '../../db/rows.js';
import { assignments, completions, taskBands, taskSources, tasks } from '../../db/schema.js';
import type { Kind, Requirement } from '../core/types.js';
import { isoLocal } from '../core/understand/occurrence.js';
import type { SourceRole, TaskView } from '../core/understand/views.js';

const iso = (d: Date) => isoLocal(d.getTime());

/**
 * What part of each task to load. Relays copy their notice, and a reply concerns one person in one group:
 * narrowing keeps the cost of a message independent of how widely its tasks were relayed.
 */
export interface LoadScope {
  /** Only sources with these roles. */
  roles?: SourceRole[];
  /** Only sources posted in this group. */
  groupId?: string;
  /** Only this person's assignment and completions. */
  personId?: string;
  /** false: skip assignments and completions altogether (a widely relayed task has hundreds). */
  people?: boolean;
}

/** The roles that carry a notice's own words (relays are copies of one of them). */
export const NOTICE_ROLES: SourceRole[] = ['original', 'reminder', 'change', 'cancel', 'forward'];

export async function loadTasks(
  db: Db,
  county: string,
  ids: string[],
  scope: LoadScope = {},
): Promise<TaskView[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const person = scope.personId;
  const people = scope.people !== false;
  const [rows, sources, assigned, done] = await Promise.all([
    db
      .select()
      .from(tasks)
      .where(and(eq(tasks.countyId, county), inArray(tasks.id, unique))),
    db
      .select()
      .from(taskSources)
      .where(
        and(
          eq(taskSources.countyId, county),
          inArray(taskSources.taskId, unique),
          scope.roles ? inArray(taskSources.role, scope.roles) : undefined,
          scope.groupId ? eq(taskSources.groupId, scope.groupId) : undefined,
        ),
      )
      .orderBy(taskSources.at, taskSources.messageSeq),
    people
      ? db
          .select()
          .from(assignments)
          .where(
            and(
              eq(assignments.countyId, county),
              inArray(assignments.taskId, unique),
              person ? eq(assignments.personId, person) : undefined,
            ),
          )
      : [],
    people
      ? db
          .select()
          .from(completions)
          .where(
            and(
              eq(completions.countyId, county),
              inArray(completions.taskId, unique),
              person ? eq(completions.personId, person) : undefined,
            ),
          )
      : [],
  ]);
  const byTask = <T extends { taskId: string }>(xs: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of xs) {
      const list = m.get(x.taskId);
      if (list) list.push(x);
      else m.set(x.taskId, [x]);
    }
    return m;
  };
  const [sourcesOf, assignedTo, doneOf] = [byTask(sources), byTask(assigned), byTask(done)];
  return rows
    .map((t) => ({
      id: t.id,
      seq: t.seq,
      title: t.title,
      kind: t.kind as Kind,
      deadline: t.deadline ? iso(t.deadline) : null,
      recurrence: t.recurrence,
      requires: t.requires as Requirement[],
      flags: t.flags,
      status: t.status as 'open' | 'cancelled',
      issuerId: t.issuerId,
      firstSeenAt: iso(t.firstSeenAt),
      sources: (sourcesOf.get(t.id) ?? []).map((s) => ({
        messageId: s.messageId,
        groupId: s.groupId,
        senderId: s.senderId,
        at: iso(s.at),
        role: s.role as SourceRole,
        text: s.text,
        norm: s.norm,
        addressees: s.addressees,
      })),
      assignees: (assignedTo.get(t.id) ?? []).map((a) => a.personId),
      completions: (doneOf.get(t.id) ?? []).map((c) => ({
        personId: c.personId,
        status: c.status as 'ack' | 'done',
        occurrence: c.occurrence,
        at: iso(c.at),
      })),
    }))
    .sort((a, b) => a.seq - b.seq);
}

/**
 * Tasks sharing LSH bands with the given keys, first seen since `since`: the `limit` sharing the most
 * bands (notices from one template share a few bands; a relay shares most of them).
 */
export async function taskIdsByBands(
  db: Db,
  county: string,
  bands: string[],
  since: Date,
  limit = 8,
): Promise<string[]> {
  if (bands.length === 0) return [];
  // Boilerplate puts a few bands in many notices: read only the newest 40 tasks of each band (index
  // task_bands_recent), so the lookup costs the same however many notices share a template.
  const result = await db.execute(sql`
    select b.task_id as id, count(*) as shared
    from unnest(array[${sql.join(
      bands.map((b) => sql`${b}`),
      sql`, `,
    )}]::text[]) as k(band)
    cross join lateral (
      select task_id from ${taskBands}
      where county_id = ${county} and band = k.band and first_seen_at >= ${since.toISOString()}::timestamptz
      order by first_seen_at desc limit 40
    ) b
    group by b.task_id
    order by shared desc, b.task_id desc
    limit ${limit}`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

/**
 * Tasks posted in a group (any source) since `since`, most recently posted first, at most `limit`. Only the
 * latest postings matter ("most recently posted in that group"): reading a bounded number of them through
 * the (county, group, at) index keeps the cost flat however much history the group has. Callers narrow
 * to a person by loading with `{ personId }`.
 */
export async function taskIdsPostedIn(
  db: Db,
  county: string,
  groupId: string | null,
  since: Date,
  limit = 200,
): Promise<string[]> {
  const recent = await db
    .select({ taskId: taskSources.taskId })
    .from(taskSources)
    .where(
      and(
        eq(taskSources.countyId, county),
        groupId === null ? undefined : eq(taskSources.groupId, groupId),
        gte(taskSources.at, since),
      ),
    )
    .orderBy(desc(taskSources.at))
    .limit(limit * 4);
  return [...new Set(recent.map((r) => r.taskId))].slice(0, limit);
}

/** Open tasks a person is assigned to (for direct-message commands). */
export async function taskIdsOfPerson(db: Db, county: string, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: assignments.taskId })
    .from(assignments)
    .innerJoin(tasks, and(eq(tasks.countyId, assignments.countyId), eq(tasks.id, assignments.taskId)))
    .where(
      and(eq(assignments.countyId, county), eq(assignments.personId, personId), eq(tasks.status, 'open')),
    );
  return rows.map((r) => r.id);
}

/** The task a message is a source of, if any (for quotes). */
export async function taskIdOfMessage(db: Db, county: string, messageId: string): Promise<string | null> {
  const rows = await db
    .select({ id: taskSources.taskId })
    .from(taskSources)
    .where(and(eq(taskSources.countyId, county), eq(taskSources.messageId, messageId)))
    .limit(1);
  return rows[0]?.id ?? null;
}
