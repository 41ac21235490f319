// "详情 2": where a task came from (which groups, who, when) and what the notice said.
import { explainFlag } from '../policy/index.js';
import type { Requirement } from '../types.js';
import { currentDeadline } from '../understand/occurrence.js';
import type { SourceRole, TaskView } from '../understand/views.js';
import { deadlineWords, recurrenceWords, whenWords } from './deadline-words.js';
import type { RenderOptions } from './render-inbox.js';

export interface Names {
  person(id: string): string;
  /** The group's name; null is a direct message to the bot. */
  group(id: string | null): string;
}

const ROLE: Record<SourceRole, string> = {
  original: '发布',
  relay: '转发',
  reminder: '提醒',
  change: '改期',
  cancel: '撤回',
  forward: '转给我',
};

const REQUIRE: Record<Requirement, string> = {
  screenshot: '截图',
  photo: '照片',
  file: '交文件',
  ack: '回复收到',
};

const SOURCES_SHOWN = 4;
const ORIGINAL_MAX = 90;

export function renderDetail(
  task: TaskView,
  index: number,
  now: string,
  names: Names,
  opts: RenderOptions = {},
): string {
  const urgent = task.flags.includes('urgent');
  const due = deadlineWords(currentDeadline(task, now), now, {
    officeEnd: opts.officeEnd,
    urgent,
    exact: true,
  });
  const every = task.recurrence ? `（${recurrenceWords(task.recurrence)}）` : '';
  const lines = [`${index}. ${task.title}`, `截止：${due}${every}`];
  if (task.requires.length > 0) lines.push(`要求：${task.requires.map((r) => REQUIRE[r]).join('、')}`);
  const shown = task.sources.slice(0, SOURCES_SHOWN);
  lines.push(`来源（${task.sources.length}处）：`);
  for (const s of shown) {
    const where = s.groupId === null ? '私聊' : names.group(s.groupId);
    lines.push(`· ${whenWords(s.at, now)} ${where} ${names.person(s.senderId)}${ROLE[s.role]}`);
  }
  if (task.sources.length > SOURCES_SHOWN) lines.push(`· 等共${task.sources.length}处`);
  const original = task.sources.find((s) => s.role === 'original') ?? task.sources[0];
  if (original) {
    const text = original.text.replace(/\s+/g, ' ').trim();
    lines.push(`原文：${text.length > ORIGINAL_MAX ? `${text.slice(0, ORIGINAL_MAX - 1)}…` : text}`);
  }
  const policy = task.flags.map((f) => explainFlag(f)).find((e) => e !== undefined);
  if (policy) lines.push(`提示：${policy.title}。${policy.explanation}`);
  return lines.join('\n');
}
