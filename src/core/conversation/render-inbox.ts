// The numbered inbox and today's list as short chat replies. Numbers are the inbox numbering
// (conventions, section 7), so "完成 N" always completes the task shown as N.
import { currentDeadline, localDate } from '../understand/occurrence.js';
import type { TaskView } from '../understand/views.js';
import { deadlineWords, recurrenceWords } from './deadline-words.js';

/** Lines a phone shows without scrolling leave room for about this many tasks. */
export const INBOX_CAP = 8;
const TITLE_MAX = 18;

export interface RenderOptions {
  officeEnd?: string;
  /** A link to the full list (the inbox page), when pages are configured. */
  listUrl?: string;
}

export function shortTitle(title: string, max = TITLE_MAX): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "报送值班表（今天17:00）": a task on one line. */
export function taskLine(task: TaskView, now: string, opts: RenderOptions = {}): string {
  const urgent = task.flags.includes('urgent');
  const due = deadlineWords(currentDeadline(task, now), now, { officeEnd: opts.officeEnd, urgent });
  const every = task.recurrence ? `，${recurrenceWords(task.recurrence).split('，')[0]}` : '';
  return `${shortTitle(task.title)}（${due}${every}）`;
}

function more(rest: number, opts: RenderOptions): string {
  return opts.listUrl ? `还有${rest}项，打开清单查看：${opts.listUrl}` : `还有${rest}项，打开清单查看`;
}

/** The person's open tasks, already in inbox order (openTasksOf). */
export function renderInbox(open: TaskView[], now: string, opts: RenderOptions = {}): string {
  if (open.length === 0) return '清单是空的，目前没有待办。';
  const lines = [`你有${open.length}项待办：`];
  open.slice(0, INBOX_CAP).forEach((t, i) => {
    lines.push(`${i + 1}. ${taskLine(t, now, opts)}`);
  });
  if (open.length > INBOX_CAP) lines.push(more(open.length - INBOX_CAP, opts));
  lines.push('办完回复“完成 序号”，如“完成 1”。');
  return lines.join('\n');
}

/** What is due today (by current deadline), numbered as in the inbox, and how many are overdue. */
export function renderToday(open: TaskView[], now: string, opts: RenderOptions = {}): string {
  const today = localDate(now);
  const nowMs = Date.parse(now);
  const due: string[] = [];
  let overdue = 0;
  open.forEach((t, i) => {
    const d = currentDeadline(t, now);
    if (d === null) return;
    if (Date.parse(d) <= nowMs) overdue++;
    else if (localDate(d) === today) due.push(`${i + 1}. ${taskLine(t, now, opts)}`);
  });
  const lines: string[] = [];
  if (due.length === 0) lines.push('今天没有到期的任务。');
  else {
    lines.push(`今天要办${due.length}项：`);
    lines.push(...due.slice(0, INBOX_CAP));
    if (due.length > INBOX_CAP) lines.push(more(due.length - INBOX_CAP, opts));
  }
  if (overdue > 0) lines.push(`另有${overdue}项已逾期，回复“任务”查看。`);
  else if (due.length === 0 && open.length > 0) lines.push(`清单里共${open.length}项，回复“任务”查看。`);
  return lines.join('\n');
}
