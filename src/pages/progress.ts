// Who has done a task, by village and by name (pure), for the leader's board and its CSV. No rankings:
// villages and people keep the roster's order.
import type { Roster } from '../core/types.js';
import { currentDeadline, isoLocal, localDate } from '../core/understand/occurrence.js';
import type { TaskView } from '../core/understand/views.js';

export type PersonState = 'done' | 'ack' | 'open';

export const STATE_LABEL: Record<PersonState, string> = { done: '已完成', ack: '已收到', open: '未完成' };

export interface ProgressRow {
  personId: string;
  name: string;
  title: string;
  orgName: string;
  state: PersonState;
  at: string | null;
}

export interface TaskProgress {
  task: TaskView;
  deadline: string | null;
  /** Past its current deadline with someone not done. */
  overdue: boolean;
  counts: Record<PersonState, number>;
  byOrg: { orgId: string; orgName: string; rows: ProgressRow[] }[];
}

export function progressOf(task: TaskView, visible: string[], roster: Roster, now: Date): TaskProgress {
  const at = isoLocal(now.getTime());
  const today = localDate(at);
  const counts: Record<PersonState, number> = { done: 0, ack: 0, open: 0 };
  const rowsByOrg = new Map<string, ProgressRow[]>();
  const order = new Map(roster.people.map((p, i) => [p.id, i]));
  const people = [...visible].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  for (const id of people) {
    const p = roster.people.find((x) => x.id === id);
    const mine = task.completions.filter((c) => c.personId === id);
    const done = mine.find(
      (c) =>
        (c.status === 'done' && (!task.recurrence || c.occurrence === today)) ||
        (c.status === 'ack' && task.kind === 'ack' && !task.recurrence),
    );
    const ack = mine.find((c) => c.status === 'ack');
    const state: PersonState = done ? 'done' : ack ? 'ack' : 'open';
    counts[state]++;
    const orgId = p?.org ?? '';
    const list = rowsByOrg.get(orgId) ?? [];
    list.push({
      personId: id,
      name: p?.name ?? id,
      title: p?.title ?? '',
      orgName: roster.orgs.find((o) => o.id === orgId)?.name ?? '',
      state,
      at: (done ?? ack)?.at ?? null,
    });
    rowsByOrg.set(orgId, list);
  }
  const orgOrder = new Map(roster.orgs.map((o, i) => [o.id, i]));
  const byOrg = [...rowsByOrg.entries()]
    .sort(([a], [b]) => (orgOrder.get(a) ?? 1e9) - (orgOrder.get(b) ?? 1e9))
    .map(([orgId, rows]) => ({ orgId, orgName: rows[0]?.orgName || '未知单位', rows }));
  const deadline = currentDeadline(task, at);
  const overdue =
    task.status === 'open' &&
    deadline !== null &&
    Date.parse(deadline) < now.getTime() &&
    counts.open + counts.ack > 0;
  return { task, deadline, overdue, counts, byOrg };
}

/** Open work first (overdue, then by deadline), settled and cancelled tasks last. */
export function boardOrder(items: TaskProgress[]): TaskProgress[] {
  const rank = (p: TaskProgress) => (p.task.status !== 'open' ? 2 : p.counts.open + p.counts.ack > 0 ? 0 : 1);
  const due = (p: TaskProgress) => (p.deadline ? Date.parse(p.deadline) : Number.POSITIVE_INFINITY);
  return [...items].sort((a, b) => rank(a) - rank(b) || due(a) - due(b) || a.task.seq - b.task.seq);
}
