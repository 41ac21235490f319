// The leader's evening summary of the tasks they issued: who has done each, who has only acknowledged
// it, who has not yet, and what is overdue. Names in roster order — progress, never a ranking.
import type { TaskView } from '../understand/views.js';
import { atLocal, DAY, deadlinesBetween, localDay } from './clock-rules.js';
import { nameList, shortTitle, whenText } from './format.js';
import { type Standing, standing } from './progress.js';
import { type Line, type Rendered, render } from './render.js';

/** Open tasks due within this distance of today (either side) are reported; others wait. */
const HORIZON = 7 * DAY;

export interface SummaryInput {
  leaderId: string;
  leaderName: string;
  tasks: TaskView[];
  /** Person id → name, in roster order. */
  names: ReadonlyMap<string, string>;
  now: number;
}

export interface SummaryTask {
  task: TaskView;
  deadline: number | null;
  done: string[];
  acked: string[];
  notYet: string[];
}

export interface Summary extends Rendered {
  overdue: SummaryTask[];
  open: SummaryTask[];
  closed: SummaryTask[];
}

export function composeLeaderSummary(input: SummaryInput): Summary | null {
  const { now } = input;
  const startOfToday = atLocal(now, '00:00');
  const endOfToday = atLocal(now, '23:59');
  const overdue: SummaryTask[] = [];
  const open: SummaryTask[] = [];
  const closed: SummaryTask[] = [];
  for (const task of input.tasks) {
    if (task.issuerId !== input.leaderId || task.status !== 'open' || task.assignees.length === 0) continue;
    let deadline: number | null = task.deadline ? Date.parse(task.deadline) : null;
    if (task.recurrence) {
      // A recurring task is reported for its occurrence today, if it has one.
      const d = deadlinesBetween(task, startOfToday - 1, endOfToday)[0];
      if (d === undefined) continue;
      deadline = d;
    }
    // Attendance is not tracked: a meeting drops out once it has begun.
    if (task.kind === 'meeting' && deadline !== null && deadline < now) continue;
    const entry = progressOf(task, deadline, input.names);
    if (entry.notYet.length === 0 && entry.acked.length === 0) {
      if (lastDoneDay(task, deadline) === localDay(now)) closed.push(entry);
      continue;
    }
    const inView =
      deadline === null
        ? Date.parse(task.firstSeenAt) >= now - HORIZON
        : deadline >= now - HORIZON && deadline <= now + HORIZON;
    if (!inView) continue;
    (deadline !== null && deadline < now ? overdue : open).push(entry);
  }
  if (overdue.length + open.length + closed.length === 0) return null;
  const byDeadline = (a: SummaryTask, b: SummaryTask) =>
    (a.deadline ?? Number.POSITIVE_INFINITY) - (b.deadline ?? Number.POSITIVE_INFINITY) ||
    a.task.seq - b.task.seq;
  const line = (e: SummaryTask, warn = false): Line => {
    const verb = e.task.kind === 'meeting' ? '开始' : '截止';
    const when = e.deadline === null ? '' : `，${whenText(e.deadline, now)}${verb}`;
    const total = e.task.assignees.length;
    const parts: string[] = [];
    if (e.task.kind === 'meeting') {
      // For a meeting, acknowledging is all anyone can do beforehand.
      parts.push(`已确认${e.done.length + e.acked.length}/${total}`);
      if (e.notYet.length > 0) parts.push(`未确认：${nameList(e.notYet, 6)}`);
    } else {
      parts.push(`完成${e.done.length}/${total}`);
      if (e.acked.length > 0) parts.push(`已收到未办结：${nameList(e.acked, 6)}`);
      if (e.notYet.length > 0) parts.push(`未办：${nameList(e.notYet, 6)}`);
    }
    return { text: `${shortTitle(e.task.title, 16)}${when}：${parts.join('；')}`, warn };
  };
  const sections = [
    { heading: '已逾期', lines: overdue.sort(byDeadline).map((e) => line(e, true)) },
    { heading: '进行中', lines: open.sort(byDeadline).map((e) => line(e)) },
    {
      heading: '今天已全部完成',
      lines: closed
        .sort(byDeadline)
        .map((e) => ({ text: `${shortTitle(e.task.title, 16)}（${e.done.length}人）` })),
    },
  ];
  const rendered = render(`${input.leaderName}，您交办任务今天的进度`, sections, []);
  return { ...rendered, overdue, open, closed };
}

function progressOf(task: TaskView, deadline: number | null, names: ReadonlyMap<string, string>) {
  const by: Record<Standing, string[]> = { done: [], acked: [], open: [] };
  const order = [...names.keys()];
  const assignees = [...task.assignees].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const p of assignees) by[standing(task, p, deadline)].push(names.get(p) ?? p);
  return { task, deadline, done: by.done, acked: by.acked, notYet: by.open };
}

function lastDoneDay(task: TaskView, deadline: number | null): string | null {
  const day = task.recurrence && deadline !== null ? localDay(deadline) : null;
  let last = 0;
  for (const c of task.completions) {
    if (day !== null && c.occurrence !== day) continue;
    last = Math.max(last, Date.parse(c.at));
  }
  return last > 0 ? localDay(last) : null;
}
