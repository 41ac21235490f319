// Read-only and settings commands: the inbox, today, a task's sources, a leader's progress, the digest switch.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { people } from '../../db/schema.js';
import type { Names } from '../core/conversation/render-detail.js';
import { renderDetail } from '../core/conversation/render-detail.js';
import { type RenderOptions, renderInbox, renderToday } from '../core/conversation/render-inbox.js';
import { renderProgressList, renderProgressOne } from '../core/conversation/render-progress.js';
import { noSuchItem } from '../core/conversation/texts.js';
import type { InboundMessage, Roster } from '../core/types.js';
import { openTasksOf } from '../core/understand/inbox.js';
import { issuedTasks } from './conversation-progress.js';
import { loadTasks, taskIdsOfPerson } from './task-store.js';

export function namesOf(roster: Roster): Names {
  const person = new Map(roster.people.map((p) => [p.id, p.name]));
  const group = new Map(roster.groups.map((g) => [g.id, g.name]));
  return {
    person: (id) => person.get(id) ?? (id === roster.bot ? '清单助手' : '未登记成员'),
    group: (id) => (id === null ? '私聊' : (group.get(id) ?? '未登记的群')),
  };
}

export async function openOf(db: Db, county: string, personId: string, now: string) {
  return openTasksOf(await loadTasks(db, county, await taskIdsOfPerson(db, county, personId)), personId, now);
}

export async function inboxText(db: Db, county: string, msg: InboundMessage, opts: RenderOptions) {
  return renderInbox(await openOf(db, county, msg.sender, msg.at), msg.at, opts);
}

export async function todayText(db: Db, county: string, msg: InboundMessage, opts: RenderOptions) {
  return renderToday(await openOf(db, county, msg.sender, msg.at), msg.at, opts);
}

export async function detailText(
  db: Db,
  county: string,
  msg: InboundMessage,
  index: number,
  roster: Roster,
  opts: RenderOptions,
) {
  const open = await openOf(db, county, msg.sender, msg.at);
  const task = open[index - 1];
  if (!task) return noSuchItem(index, open.length);
  return renderDetail(task, index, msg.at, namesOf(roster), opts);
}

/** Only the person's own postings: a cadre never sees how others are doing on someone else's task. */
export async function progressText(
  db: Db,
  county: string,
  msg: InboundMessage,
  index: number | null,
  roster: Roster,
  opts: RenderOptions,
) {
  const issued = await issuedTasks(db, county, msg.sender, roster, msg.at);
  if (index === null || issued.length === 0) return renderProgressList(issued, msg.at, opts);
  const item = issued[index - 1];
  if (!item) return `没有第${index}项。回复“进度”看你发布的任务。`;
  return renderProgressOne(item, index, msg.at, namesOf(roster), opts);
}

export async function subscribeText(db: Db, county: string, personId: string, on: boolean) {
  const [row] = await db
    .update(people)
    .set({ digest: on })
    .where(and(eq(people.countyId, county), eq(people.id, personId)))
    .returning({ digestAt: people.digestAt });
  if (!row) return '还没有你的登记信息，请联系镇里的管理员。';
  return on
    ? `已订阅，每天${row.digestAt}发给你当天的清单。回复“退订”可关闭。`
    : '已退订每日清单。有新任务时仍可回复“任务”查看，回复“订阅”可恢复。';
}
