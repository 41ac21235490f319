// Loading tasks as the views the understanding code reads. Every query is scoped to the county.
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, completions, taskBands, taskSources, tasks } from '../../db/schema.js';
import type { Kind, Requirement } from '../core/types.js';
import { isoLocal } from '../core/understand/occurrence.js';
import type { SourceRole, TaskView } from '../core/understand/views.js';

const iso = (d: Date) => isoLocal(d.getTime());

export async function loadTasks(db: Db, county: string, ids: string[]): Promise<TaskView[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const [rows, sources, assigned, done] = await Promise.all([
    db
      .select()
      .from(tasks)
      .where(and(eq(tasks.countyId, county), inArray(tasks.id, unique))),
    db
      .select()
      .from(taskSources)
      .where(and(eq(taskSources.countyId, county), inArray(taskSources.taskId, unique)))
      .orderBy(taskSources.at, taskSources.messageSeq),
    db
      .select()
      .from(assignments)
      .where(and(eq(assignments.countyId, county), inArray(assignments.taskId, unique))),
    db
      .select()
      .from(completions)
      .where(and(eq(completions.countyId, county), inArray(completions.taskId, unique))),
  ]);
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
      sources: sources
        .filter((s) => s.taskId === t.id)
        .map((s) => ({
          messageId: s.messageId,
          groupId: s.groupId,
          senderId: s.senderId,
          at: iso(s.at),
          role: s.role as SourceRole,
          text: s.text,
          norm: s.norm,
          addressees: s.addressees,
        })),
      assignees: assigned.filter((a) => a.taskId === t.id).map((a) => a.personId),
      completions: done
        .filter((c) => c.taskId === t.id)
        .map((c) => ({
          personId: c.personId,
          status: c.status as 'ack' | 'done',
          occurrence: c.occurrence,
          at: iso(c.at),
        })),
    }))
    .sort((a, b) => a.seq - b.seq);
}

/** Tasks sharing an LSH band with the given keys, first seen since `since`. */
export async function taskIdsByBands(
  db: Db,
  county: string,
  bands: string[],
  since: Date,
): Promise<string[]> {
  if (bands.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: taskBands.taskId })
    .from(taskBands)
    .where(
      and(eq(taskBands.countyId, county), inArray(taskBands.band, bands), gte(taskBands.firstSeenAt, since)),
    );
  return rows.map((r) => r.id);
}

/** Tasks posted in a group (any source) since `since`, newest first, at most `limit`. */
export async function taskIdsPostedIn(
  db: Db,
  county: string,
  groupId: string | null,
  since: Date,
  limit = 200,
): Promise<string[]> {
  const rows = await db
    .select({ id: taskSources.taskId, last: sql<Date>`max(${taskSources.at})`.as('last') })
    .from(taskSources)
    .where(
      and(
        eq(taskSources.countyId, county),
        groupId === null ? undefined : eq(taskSources.groupId, groupId),
        gte(taskSources.at, since),
      ),
    )
    .groupBy(taskSources.taskId)
    .orderBy(desc(sql`last`))
    .limit(limit);
  return rows.map((r) => r.id);
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
