// What the cadre's pages read: their tasks, one task with its sources, and proofs — each checked for the viewer.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, completions, proofs, taskSources, tasks } from '../../db/schema.js';
import type { Kind, Requirement, Roster } from '../core/types.js';
import { isoLocal } from '../core/understand/occurrence.js';
import type { CompletionView, SourceView, TaskView } from '../core/understand/views.js';
import type { PagePerson } from './access.js';
import { canOversee } from './board.js';
import { loadRoster } from './roster-load.js';
import { loadTasks } from './task-store.js';

export interface ProofInfo {
  id: string;
  personId: string;
  mime: string;
  at: string;
  fromPage: boolean;
}

/**
 * Every open (not cancelled) task the person is assigned to, done ones included, as the inbox needs them:
 * three joined queries, and only this person's assignment and completions (the inbox shows nothing else).
 * Sources carry their group and time but not their text, which only the task page shows.
 */
export async function loadInbox(
  db: Db,
  county: string,
  personId: string,
): Promise<{ tasks: TaskView[]; roster: Roster }> {
  const mine = and(eq(assignments.countyId, county), eq(assignments.personId, personId));
  const joinTask = (id: typeof taskSources.taskId | typeof completions.taskId) =>
    and(eq(assignments.countyId, county), eq(assignments.taskId, id));
  const [rows, sources, done, roster] = await Promise.all([
    db
      .select({
        t: {
          id: tasks.id,
          seq: tasks.seq,
          title: tasks.title,
          kind: tasks.kind,
          deadline: tasks.deadline,
          recurrence: tasks.recurrence,
          requires: tasks.requires,
          flags: tasks.flags,
          issuerId: tasks.issuerId,
          firstSeenAt: tasks.firstSeenAt,
        },
      })
      .from(assignments)
      .innerJoin(tasks, and(eq(tasks.countyId, assignments.countyId), eq(tasks.id, assignments.taskId)))
      .where(and(mine, eq(tasks.status, 'open'))),
    db
      .select({ taskId: taskSources.taskId, groupId: taskSources.groupId, at: taskSources.at })
      .from(taskSources)
      .innerJoin(assignments, joinTask(taskSources.taskId))
      .where(and(eq(taskSources.countyId, county), mine)),
    db
      .select()
      .from(completions)
      .where(and(eq(completions.countyId, county), eq(completions.personId, personId))),
    loadRoster(db, county),
  ]);
  const groupsOf = new Map<string, SourceView[]>();
  for (const s of sources) {
    const list = groupsOf.get(s.taskId) ?? [];
    list.push({
      messageId: '',
      groupId: s.groupId,
      senderId: '',
      at: isoLocal(s.at.getTime()),
      role: 'relay',
      text: '',
      norm: '',
      addressees: [],
    });
    groupsOf.set(s.taskId, list);
  }
  const doneOf = new Map<string, CompletionView[]>();
  for (const c of done) {
    const list = doneOf.get(c.taskId) ?? [];
    list.push({
      personId: c.personId,
      status: c.status as CompletionView['status'],
      occurrence: c.occurrence,
      at: isoLocal(c.at.getTime()),
    });
    doneOf.set(c.taskId, list);
  }
  const views: TaskView[] = rows.map(({ t }) => ({
    id: t.id,
    seq: t.seq,
    title: t.title,
    kind: t.kind as Kind,
    deadline: t.deadline ? isoLocal(t.deadline.getTime()) : null,
    recurrence: t.recurrence,
    requires: t.requires as Requirement[],
    flags: t.flags,
    status: 'open',
    issuerId: t.issuerId,
    firstSeenAt: isoLocal(t.firstSeenAt.getTime()),
    sources: groupsOf.get(t.id) ?? [],
    assignees: [personId],
    completions: doneOf.get(t.id) ?? [],
  }));
  return { tasks: views.sort((a, b) => a.seq - b.seq), roster };
}

export interface TaskPage {
  task: TaskView;
  roster: Roster;
  /** The viewer is an assignee: they can complete and undo. */
  assignee: boolean;
  /** The viewer issued it or it belongs to their organisation: they see everyone's progress. */
  overseer: boolean;
  proofs: ProofInfo[];
}

/** One task for the viewer, or null when it is not theirs to see (a cadre sees only their own tasks). */
export async function loadTaskPage(
  db: Db,
  county: string,
  viewer: PagePerson,
  taskId: string,
): Promise<TaskPage | null> {
  const [[task], roster] = await Promise.all([loadTasks(db, county, [taskId]), loadRoster(db, county)]);
  if (!task) return null;
  const assignee = task.assignees.includes(viewer.id);
  const overseer = canOversee(task, viewer, roster);
  if (!assignee && !overseer) return null;
  const rows = await db
    .select({
      id: proofs.id,
      personId: proofs.personId,
      mime: proofs.mime,
      at: proofs.at,
      msg: proofs.messageId,
    })
    .from(proofs)
    .where(and(eq(proofs.countyId, county), eq(proofs.taskId, taskId)))
    .orderBy(desc(proofs.at));
  const visible = rows.filter((r) => overseer || r.personId === viewer.id);
  return {
    task,
    roster,
    assignee,
    overseer,
    proofs: visible.map((r) => ({
      id: r.id,
      personId: r.personId,
      mime: r.mime,
      at: isoLocal(r.at.getTime()),
      fromPage: r.msg?.startsWith('page:') ?? false,
    })),
  };
}

/** A stored proof's bytes, for its owner or for someone who oversees its task. */
export async function loadProof(db: Db, county: string, viewer: PagePerson, proofId: string) {
  const [p] = await db
    .select()
    .from(proofs)
    .where(and(eq(proofs.countyId, county), eq(proofs.id, proofId)));
  if (!p?.bytes) return null;
  if (p.personId !== viewer.id) {
    const [[task], roster] = await Promise.all([loadTasks(db, county, [p.taskId]), loadRoster(db, county)]);
    if (!task || !canOversee(task, viewer, roster)) return null;
  }
  return { mime: p.mime, bytes: p.bytes };
}
