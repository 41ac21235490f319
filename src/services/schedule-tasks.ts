// Task views for the scheduler, leaner than task-store's: it runs every few minutes and needs no notice
// texts or fingerprints, only deadlines, who is assigned since when, and who has done what.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, completions, taskSources } from '../../db/schema.js';
import type { Kind } from '../core/types.js';
import { isoLocal } from '../core/understand/occurrence.js';
import type { CompletionView, SourceRole, SourceView, TaskView } from '../core/understand/views.js';

export interface TaskRow {
  id: string;
  seq: number;
  title: string;
  kind: string;
  deadline: Date | null;
  recurrence: string | null;
  flags: string[];
  status: string;
  issuerId: string | null;
  firstSeenAt: Date;
}

const iso = (d: Date) => isoLocal(d.getTime());

function bucket<T extends { taskId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.taskId);
    if (list) list.push(r);
    else out.set(r.taskId, [r]);
  }
  return out;
}

/** Views of the given task rows, and when each person was assigned each task (`task|person` → ms). */
export async function loadTaskViews(db: Db, county: string, rows: TaskRow[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return { views: [] as TaskView[], addedAt: new Map<string, number>() };
  const [sources, assigned, done] = await Promise.all([
    db
      .select({
        taskId: taskSources.taskId,
        messageId: taskSources.messageId,
        groupId: taskSources.groupId,
        senderId: taskSources.senderId,
        at: taskSources.at,
        role: taskSources.role,
      })
      .from(taskSources)
      .where(and(eq(taskSources.countyId, county), inArray(taskSources.taskId, ids)))
      .orderBy(taskSources.at, taskSources.messageSeq),
    db
      .select({ taskId: assignments.taskId, personId: assignments.personId, addedAt: assignments.addedAt })
      .from(assignments)
      .where(and(eq(assignments.countyId, county), inArray(assignments.taskId, ids))),
    db
      .select({
        taskId: completions.taskId,
        personId: completions.personId,
        status: completions.status,
        occurrence: completions.occurrence,
        at: completions.at,
      })
      .from(completions)
      .where(and(eq(completions.countyId, county), inArray(completions.taskId, ids))),
  ]);
  const sourcesOf = bucket(sources);
  const assignedTo = bucket(assigned);
  const doneOf = bucket(done);
  const views: TaskView[] = rows
    .map((t) => ({
      id: t.id,
      seq: t.seq,
      title: t.title,
      kind: t.kind as Kind,
      deadline: t.deadline ? iso(t.deadline) : null,
      recurrence: t.recurrence,
      requires: [],
      flags: t.flags,
      status: t.status as TaskView['status'],
      issuerId: t.issuerId,
      firstSeenAt: iso(t.firstSeenAt),
      sources: (sourcesOf.get(t.id) ?? []).map(
        (s): SourceView => ({
          messageId: s.messageId,
          groupId: s.groupId,
          senderId: s.senderId,
          at: iso(s.at),
          role: s.role as SourceRole,
          text: '',
          norm: '',
          addressees: [],
        }),
      ),
      assignees: (assignedTo.get(t.id) ?? []).map((a) => a.personId),
      completions: (doneOf.get(t.id) ?? []).map(
        (c): CompletionView => ({
          personId: c.personId,
          status: c.status as CompletionView['status'],
          occurrence: c.occurrence,
          at: iso(c.at),
        }),
      ),
    }))
    .sort((a, b) => a.seq - b.seq);
  const addedAt = new Map(assigned.map((a) => [`${a.taskId}|${a.personId}`, a.addedAt.getTime()]));
  return { views, addedAt };
}
