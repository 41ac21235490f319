// The morning digest: what is overdue, due today, new since the last digest and due later this week,
// and how much group traffic it stands for. Nothing to say → null (no message).
import { addDays, localParts, weekdayOf } from '../time/clock.js';
import { isWorkday } from '../time/workdays.js';
import type { TaskView } from '../understand/views.js';
import { atLocal, DAY, deadlinesBetween, localDay } from './clock-rules.js';
import { shortTitle, whenText } from './format.js';
import { standing } from './progress.js';
import { type Line, type Rendered, render } from './render.js';

/** Overdue tasks older than this drop out of the digest (they stay in the inbox). */
const OVERDUE_HORIZON = 14 * DAY;

export interface DigestInput {
  personId: string;
  personName: string;
  /** The person's groups: which relays they would have seen. */
  groups: ReadonlySet<string>;
  tasks: TaskView[];
  seenAt: (task: TaskView) => number;
  /** The previous digest (or the start of the period it covers). */
  since: number;
  now: number;
  /** Group messages (not their own) in their groups since `since`. */
  groupMessages: number;
  /** Reminders held back (quiet hours, the daily cap) and folded into this digest. */
  folded: number;
}

export interface Digest extends Rendered {
  counts: { overdue: number; today: number; fresh: number; week: number; merged: number };
}

interface Entry {
  task: TaskView;
  deadline: number | null;
}

export function composeDigest(input: DigestInput): Digest | null {
  const { personId, tasks, now, since } = input;
  const mine = tasks.filter((t) => t.status === 'open' && t.assignees.includes(personId));
  const today = localDay(now);
  const endOfToday = atLocal(now, '23:59');
  const endOfWeek = atLocal(now, '23:59', 7 - weekdayOf(today));
  const overdue: Entry[] = [];
  const due: Entry[] = [];
  const week: Entry[] = [];
  const fresh: Entry[] = [];
  for (const task of mine) {
    const isNew = input.seenAt(task) > since;
    let listed = false;
    if (task.deadline && !task.recurrence) {
      const d = Date.parse(task.deadline);
      if (standing(task, personId, d) === 'done') continue;
      // A meeting that has begun is not "overdue": it is over.
      if (d < now && task.kind === 'meeting') continue;
      if (d < now && d >= now - OVERDUE_HORIZON) overdue.push({ task, deadline: d });
      else if (d >= now && d <= endOfToday) due.push({ task, deadline: d });
      else if (d > endOfToday && d <= endOfWeek && !isNew) week.push({ task, deadline: d });
      else if (d >= now - OVERDUE_HORIZON && isNew) fresh.push({ task, deadline: d });
      continue;
    }
    // A recurring task shows its occurrence due today, if any; otherwise its next one when it is new.
    for (const d of deadlinesBetween(task, now - 1, endOfToday)) {
      if (standing(task, personId, d) === 'done') continue;
      due.push({ task, deadline: d });
      listed = true;
      break;
    }
    if (!listed && isNew && standing(task, personId, null) !== 'done') {
      const next = deadlinesBetween(task, now - 1, now + 400 * DAY)[0] ?? null;
      fresh.push({ task, deadline: next });
    }
  }
  const merged = mergedNotices(input, mine);
  const workday = isWorkday(today).workday;
  // On a rest day an old overdue item alone is no reason to write.
  const news = due.length + fresh.length + input.folded + (workday ? overdue.length : 0);
  if (news === 0) return null;

  const byDeadline = (a: Entry, b: Entry) =>
    (a.deadline ?? Number.POSITIVE_INFINITY) - (b.deadline ?? Number.POSITIVE_INFINITY) ||
    a.task.seq - b.task.seq;
  const line = (e: Entry, warn = false): Line => {
    const mark = e.task.flags.includes('urgent') ? '【急】' : input.seenAt(e.task) > since ? '（新）' : '';
    const when = e.deadline === null ? '无截止时间' : whenText(e.deadline, now);
    return { text: `${mark}${shortTitle(e.task.title)}（${when}）`, warn };
  };
  const sections = [
    { heading: '已逾期', lines: overdue.sort(byDeadline).map((e) => line(e, true)) },
    { heading: '今天截止', lines: due.sort(byDeadline).map((e) => line(e)) },
    { heading: '新任务', lines: fresh.sort(byDeadline).map((e) => line(e)) },
    { heading: '本周还有', lines: week.sort(byDeadline).map((e) => line(e)) },
  ];
  const foot: string[] = [];
  if (input.folded > 0) {
    foot.push(`另有${input.folded}条提醒因免打扰时段或每日提醒上限未单独发送，已并入本条。`);
  }
  const traffic = [
    input.groupMessages > 0 ? `${sinceText(since, now)}群里共${input.groupMessages}条消息` : '',
    merged > 0 ? `合并重复通知${merged}条` : '',
  ].filter(Boolean);
  foot.push(`${traffic.length > 0 ? `${traffic.join('，')}，已整理成这一条。` : ''}发“清单”查看全部待办。`);
  const rendered = render(`${input.personName}，今天的清单`, sections, foot);
  return {
    ...rendered,
    counts: {
      overdue: overdue.length,
      today: due.length,
      fresh: fresh.length,
      week: week.length,
      merged,
    },
  };
}

function sinceText(since: number, now: number): string {
  const d = localParts(new Date(since)).date;
  const today = localDay(now);
  if (d === today) return '今天';
  if (d === addDays(today, -1)) return '昨天以来';
  return `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日以来`;
}

/** Copies of the person's tasks that reached them again (relays, reminders) since the last digest. */
function mergedNotices(input: DigestInput, mine: TaskView[]): number {
  let merged = 0;
  for (const task of mine) {
    const seen = task.sources.filter(
      (s) => s.groupId !== null && input.groups.has(s.groupId) && s.senderId !== input.personId,
    );
    seen.forEach((s, i) => {
      const at = Date.parse(s.at);
      if (i > 0 && at > input.since && at <= input.now) merged++;
    });
  }
  return merged;
}
