// Fixed replies of the conversation, in one place so the wording can be reviewed together.
import type { TaskView } from '../understand/views.js';
import { deadlineWords } from './deadline-words.js';
import { type RenderOptions, shortTitle, taskLine } from './render-inbox.js';

export const HELP = [
  '可以这样跟我说：',
  '任务 — 看待办清单',
  '今天 — 今天到期的',
  '完成 2 — 第2项办完了',
  '详情 2 — 第2项的来源和原文',
  '进度 — 我发布的任务谁办完了',
  '退订 / 订阅 — 关闭或恢复每日清单',
  '把通知转发给我，我帮你记进清单。',
].join('\n');

export const NOT_UNDERSTOOD = '没看懂这句。回复“帮助”看看我能做什么。';
export const NOT_A_TASK = '这条看起来不是任务。如果是，请回复“是任务”。';
export const UNKNOWN_PERSON = '还没有你的登记信息，请联系镇里的管理员。';
export const NOTHING_TO_CORRECT = '没有需要更正的消息。';

export function noSuchItem(index: number, open: number): string {
  if (open === 0) return `没有第${index}项，清单是空的。`;
  return `没有第${index}项，你现在有${open}项待办。回复“任务”查看。`;
}

export function completed(task: TaskView, left: number): string {
  const what = task.recurrence
    ? `已记下今天完成：${shortTitle(task.title, 22)}。`
    : `已完成：${shortTitle(task.title, 22)}。`;
  const rest = left === 0 ? '清单已清空。' : `还有${left}项待办。`;
  return `${what}${rest}`;
}

export function filed(task: TaskView, now: string, opts: RenderOptions = {}, already = false): string {
  const due = deadlineWords(task.deadline, now, {
    officeEnd: opts.officeEnd,
    urgent: task.flags.includes('urgent'),
  });
  const deadline = task.deadline ? `，截止${due}` : due === '尽快' ? '，要求尽快' : '，没有写截止时间';
  const head = already ? '这项已在清单里' : '已加入清单';
  return `${head}：${shortTitle(task.title, 22)}${deadline}。\n不对请回复“不是任务”。`;
}

/** After a done-claim in a direct message: what was recorded, and the other tasks it might have meant. */
export function completedWithChoices(
  task: TaskView,
  others: TaskView[],
  now: string,
  opts: RenderOptions = {},
): string {
  const lines = [`已记为完成：${shortTitle(task.title, 22)}。`];
  if (others.length > 0) {
    lines.push('不是这项？回复序号改选：');
    others.forEach((t, i) => {
      lines.push(`${i + 1}. ${taskLine(t, now, opts)}`);
    });
  }
  return lines.join('\n');
}

const KIND_WORDS: Record<string, string> = {
  repost: '转发',
  checkin: '打卡',
  report: '报送',
  engage: '点赞投票',
  meeting: '会议',
  task: '工作',
  ack: '确认',
};

export function nothingToComplete(kind: string): string {
  const what = kind === 'any' ? '' : `的${KIND_WORDS[kind] ?? ''}任务`;
  return `没有找到待完成${what || '的任务'}。回复“任务”看清单，再回复“完成 序号”。`;
}
