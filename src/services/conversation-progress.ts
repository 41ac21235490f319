// The tasks a person issued or passed on (their own postings), with whom those postings asked.
import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { taskSources } from '../../db/schema.js';
import type { IssuedTask } from '../core/conversation/render-progress.js';
import type { Roster } from '../core/types.js';
import { currentDeadline } from '../core/understand/occurrence.js';
import { loadTasks } from './task-store.js';

const DAY = 86_400_000;
/** Tasks first posted within this window are shown, unless their deadline passed more than a week ago. */
const WINDOW_DAYS = 30;
const STALE_DAYS = 7;

export async function issuedTasks(
  db: Db,
  county: string,
  personId: string,
  roster: Roster,
  now: string,
): Promise<IssuedTask[]> {
  const nowMs = Date.parse(now);
  const rows = await db
    .select({ taskId: taskSources.taskId })
    .from(taskSources)
    .where(
      and(
        eq(taskSources.countyId, county),
        eq(taskSources.senderId, personId),
        inArray(taskSources.role, ['original', 'relay', 'reminder', 'change']),
        gte(taskSources.at, new Date(nowMs - WINDOW_DAYS * DAY)),
      ),
    );
  const tasks = await loadTasks(
    db,
    county,
    rows.map((r) => r.taskId),
  );
  const order = new Map(roster.people.map((p, i) => [p.id, i]));
  const items: (IssuedTask & { last: number })[] = [];
  for (const task of tasks) {
    if (task.status !== 'open') continue;
    const d = currentDeadline(task, now);
    if (d !== null && Date.parse(d) < nowMs - STALE_DAYS * DAY) continue;
    const mine = task.sources.filter((s) => s.senderId === personId && s.role !== 'cancel');
    // The issuer follows everyone the task reached, relays included; a relayer follows whom they addressed.
    const reached = task.issuerId === personId ? task.assignees : mine.flatMap((s) => s.addressees);
    const asked = [...new Set(reached)]
      .filter((p) => task.assignees.includes(p))
      .sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
    if (asked.length === 0) continue;
    items.push({ task, asked, last: Math.max(...mine.map((s) => Date.parse(s.at))) });
  }
  // Newest first: the leader usually asks about what they just posted.
  return items
    .sort((a, b) => b.last - a.last || b.task.seq - a.task.seq)
    .map(({ task, asked }) => ({ task, asked }));
}
