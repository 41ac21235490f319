// "进度": how far the people a leader asked have got with the leader's tasks — by name, in roster
// order, never ranked (DESIGN: leaders see completion, not rankings).
import { currentDeadline, occurrenceOf } from '../understand/occurrence.js';
import type { TaskView } from '../understand/views.js';
import { deadlineWords } from './deadline-words.js';
import type { Names } from './render-detail.js';
import { INBOX_CAP, type RenderOptions, shortTitle } from './render-inbox.js';

export interface Progress {
  done: string[];
  acked: string[];
  pending: string[];
}

/** Each asked person's state: done (this occurrence, for a recurring task), acknowledged only, or not yet. */
export function progressOf(task: TaskView, asked: string[], now: string): Progress {
  const occ = occurrenceOf(task, now);
  const out: Progress = { done: [], acked: [], pending: [] };
  for (const p of asked) {
    const mine = task.completions.filter((c) => c.personId === p);
    const done = mine.some(
      (c) => (c.status === 'done' && c.occurrence === occ) || (c.status === 'ack' && task.kind === 'ack'),
    );
    if (done) out.done.push(p);
    else if (mine.some((c) => c.status === 'ack')) out.acked.push(p);
    else out.pending.push(p);
  }
  return out;
}

export interface IssuedTask {
  task: TaskView;
  /** Whom the leader's own postings of the task addressed, in roster order. */
  asked: string[];
}

const NAMES_SHOWN = 20;

function nameList(ids: string[], names: Names): string {
  const shown = ids.slice(0, NAMES_SHOWN).map((id) => names.person(id));
  return ids.length > NAMES_SHOWN ? `${shown.join('、')}等${ids.length}人` : shown.join('、');
}

export function renderProgressList(issued: IssuedTask[], now: string, opts: RenderOptions = {}): string {
  if (issued.length === 0) return '你最近没有发布任务。“进度”只显示你自己发布的任务。';
  const lines = ['你发布的任务：'];
  issued.slice(0, INBOX_CAP).forEach(({ task, asked }, i) => {
    const p = progressOf(task, asked, now);
    const urgent = task.flags.includes('urgent');
    const due = deadlineWords(currentDeadline(task, now), now, { officeEnd: opts.officeEnd, urgent });
    const ack = p.acked.length > 0 ? `，确认${p.acked.length}` : '';
    lines.push(`${i + 1}. ${shortTitle(task.title, 14)}（${due}）完成${p.done.length}/${asked.length}${ack}`);
  });
  lines.push('回复“进度 序号”看具体到人。');
  return lines.join('\n');
}

export function renderProgressOne(
  item: IssuedTask,
  index: number,
  now: string,
  names: Names,
  opts: RenderOptions = {},
): string {
  const { task, asked } = item;
  const p = progressOf(task, asked, now);
  const urgent = task.flags.includes('urgent');
  const due = deadlineWords(currentDeadline(task, now), now, { officeEnd: opts.officeEnd, urgent });
  const lines = [`${index}. ${shortTitle(task.title, 24)}（${due}）`];
  const today = task.recurrence ? '今天' : '';
  lines.push(`${today}已完成${p.done.length}人${p.done.length ? `：${nameList(p.done, names)}` : ''}`);
  if (p.acked.length > 0) lines.push(`已确认${p.acked.length}人：${nameList(p.acked, names)}`);
  lines.push(`未完成${p.pending.length}人${p.pending.length ? `：${nameList(p.pending, names)}` : ''}`);
  return lines.join('\n');
}
