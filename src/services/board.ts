// What the leader's board reads: tasks they issued or their organisation issued or relayed, with everyone's progress.
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { tasks } from '../../db/schema.js';
import type { Roster } from '../core/types.js';
import type { TaskView } from '../core/understand/views.js';
import type { PagePerson } from './access.js';
import { loadRoster } from './roster-load.js';
import { loadTasks } from './task-store.js';

const DAY = 86_400_000;
export const BOARD_DAYS = 30;

type Viewer = Pick<PagePerson, 'id' | 'orgId' | 'role'>;

/** Leaders and county officials have a board; cadres only their inbox. */
export function hasBoard(viewer: Pick<PagePerson, 'role'>): boolean {
  return viewer.role === 'leader' || viewer.role === 'official';
}

function orgOf(roster: Roster, personId: string | null): string | undefined {
  return roster.people.find((p) => p.id === personId)?.org;
}

/** The viewer issued the task, or someone of their organisation issued or relayed it. */
export function canOversee(task: TaskView, viewer: Viewer, roster: Roster): boolean {
  if (!hasBoard(viewer)) return false;
  if (task.issuerId === viewer.id) return true;
  if (orgOf(roster, task.issuerId) === viewer.orgId) return true;
  return task.sources.some((s) => orgOf(roster, s.senderId) === viewer.orgId);
}

/** The viewer's organisation and every organisation under it. */
export function subtreeOf(roster: Roster, orgId: string): Set<string> {
  const out = new Set([orgId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const o of roster.orgs)
      if (o.parent && out.has(o.parent) && !out.has(o.id)) {
        out.add(o.id);
        grew = true;
      }
  }
  return out;
}

/** Whose progress the viewer sees: everyone for a task their organisation issued, else their own subtree. */
export function visibleAssignees(task: TaskView, viewer: Viewer, roster: Roster): string[] {
  if (task.issuerId === viewer.id || orgOf(roster, task.issuerId) === viewer.orgId) return task.assignees;
  const mine = subtreeOf(roster, viewer.orgId);
  return task.assignees.filter((p) => mine.has(orgOf(roster, p) ?? ''));
}

export async function loadBoard(
  db: Db,
  county: string,
  viewer: Viewer,
  now: Date,
): Promise<{ tasks: TaskView[]; roster: Roster }> {
  const roster = await loadRoster(db, county);
  if (!hasBoard(viewer)) return { tasks: [], roster };
  const ours = sql`(select p.id from people p where p.county_id = ${county} and p.org_id = ${viewer.orgId})`;
  const rows = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(
      and(
        eq(tasks.countyId, county),
        gte(tasks.firstSeenAt, new Date(now.getTime() - BOARD_DAYS * DAY)),
        sql`(${tasks.issuerId} = ${viewer.id} or ${tasks.issuerId} in ${ours} or exists (
          select 1 from task_sources s where s.county_id = ${county} and s.task_id = ${tasks.id}
          and s.sender_id in ${ours}))`,
      ),
    );
  const loaded = await loadTasks(
    db,
    county,
    rows.map((r) => r.id),
  );
  return { tasks: loaded.filter((t) => canOversee(t, viewer, roster)), roster };
}
