// The optional leader nudge: when a leader's own post in a group carries policy markers, the bot tells
// that leader privately, once per task (outbox key leader|nudge|taskId). Off unless the county turns it on.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, people } from '../../db/schema.js';
import { nudgeText } from '../core/burden/index.js';
import { enqueue } from './outbox.js';
import { loadTasks } from './task-store.js';

const CHANNEL: Record<string, string> = { wechat: 'wechat', wecom: 'wecom-app' };

/** Enqueues the nudge for the task's issuer when due; true when a row was written by this call. */
export async function maybeNudge(
  db: Db,
  county: string,
  taskId: string,
  settings: { enabled: boolean } | undefined,
): Promise<boolean> {
  if (!settings?.enabled) return false;
  const [task] = await loadTasks(db, county, [taskId]);
  const first = task?.sources[0];
  // The leader's own post: the original notice, in a group. Relays of others' notices are not theirs.
  if (!task || !first || first.role !== 'original' || first.groupId === null || !task.issuerId) return false;
  const flags = task.flags.filter((f) => f.startsWith('policy:'));
  if (flags.length === 0) return false;
  const [issuer] = await db
    .select({ role: people.role })
    .from(people)
    .where(and(eq(people.countyId, county), eq(people.id, task.issuerId)));
  if (issuer?.role !== 'leader') return false;
  const [group] = await db
    .select({ name: groups.name, platform: groups.platform })
    .from(groups)
    .where(and(eq(groups.countyId, county), eq(groups.id, first.groupId)));
  const channel = CHANNEL[group?.platform ?? ''];
  const text = nudgeText({ title: task.title, groupName: group?.name ?? '工作群', flags });
  if (!channel || !text) return false;
  return enqueue(db, {
    county,
    recipientId: task.issuerId,
    channel,
    purpose: 'nudge',
    period: task.id,
    body: { text },
    dueAt: new Date(first.at),
  });
}
