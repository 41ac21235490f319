// Words a cadre reads on the pages: kinds, proof, deadlines in plain Chinese ("今天 17:30", "还剩 2 小时").
import { addDays, dayNumber, localParts, weekdayOf } from '../core/time/clock.js';
import type { Kind, Requirement } from '../core/types.js';
import type { TaskView } from '../core/understand/views.js';

export const KIND_LABEL: Record<Kind, string> = {
  meeting: '会议',
  report: '报送',
  checkin: '打卡',
  repost: '转发',
  engage: '点赞投票',
  task: '工作',
  ack: '回复确认',
};

export const REQUIRE_LABEL: Record<Requirement, string> = {
  screenshot: '截图',
  photo: '照片',
  file: '文件',
  ack: '回复收到',
};

const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The day of a local date as a person says it, relative to today. */
export function dayWords(date: string, today: string): string {
  const diff = dayNumber(date) - dayNumber(today);
  if (diff === 0) return '今天';
  if (diff === 1) return '明天';
  if (diff === 2) return '后天';
  if (diff === -1) return '昨天';
  if (diff === -2) return '前天';
  const monday = addDays(today, 1 - weekdayOf(today));
  if (diff > 0 && dayNumber(date) < dayNumber(monday) + 7) return WEEKDAY[weekdayOf(date)]!;
  const [y, m, d] = date.split('-').map(Number);
  const md = `${m}月${d}日`;
  return y === Number(today.slice(0, 4)) ? md : `${y}年${md}`;
}

/** "今天 17:30", "周五 17:30", "明天内" (a 23:59 deadline means the whole day). */
export function whenWords(at: string, now: Date): string {
  const p = localParts(at);
  const day = dayWords(p.date, localParts(now).date);
  if (p.hour === 23 && p.minute === 59) return `${day}内`;
  return `${day} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "还剩 2 小时" within a day, "已逾期 3 天" once passed; null when there is plenty of time. */
export function leftWords(at: string, now: Date): string | null {
  const ms = Date.parse(at) - now.getTime();
  const span = (x: number) => {
    const min = Math.max(1, Math.floor(x / 60_000));
    if (min < 60) return `${min} 分钟`;
    if (min < 24 * 60) return `${Math.floor(min / 60)} 小时`;
    return `${Math.floor(min / (24 * 60))} 天`;
  };
  if (ms < 0) return `已逾期 ${span(-ms)}`;
  if (ms < 86_400_000) return `还剩 ${span(ms)}`;
  return null;
}

export type SectionKey = 'overdue' | 'today' | 'week' | 'later' | 'none';

export const SECTION_TITLE: Record<SectionKey, string> = {
  overdue: '已逾期',
  today: '今天',
  week: '本周',
  later: '以后',
  none: '无截止',
};

/** Which inbox section a current deadline falls in (weeks start on Monday). */
export function sectionOf(deadline: string | null, now: Date): SectionKey {
  if (deadline === null) return 'none';
  if (Date.parse(deadline) < now.getTime()) return 'overdue';
  const today = localParts(now).date;
  const day = localParts(deadline).date;
  if (day === today) return 'today';
  const sunday = addDays(today, 7 - weekdayOf(today));
  return dayNumber(day) <= dayNumber(sunday) ? 'week' : 'later';
}

/** How many different groups the task reached the person through. */
export function groupCount(task: TaskView): number {
  return new Set(task.sources.filter((s) => s.groupId !== null).map((s) => s.groupId)).size;
}

export const policyFlagsOf = (task: TaskView) => task.flags.filter((f) => f.startsWith('policy:'));

const FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

/** Titles are stored NFKC-normalised (ASCII punctuation); next to Chinese, show the full-width marks again. */
export function displayTitle(title: string): string {
  return title.replace(/(?<=[\u3400-\u9fff])[,:;!?()]|[,:;!?()](?=[\u3400-\u9fff])/g, (ch) => FULL[ch] ?? ch);
}

/** "2 MB", "150 KB": an upload limit as a person reads it. */
export function sizeWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.floor(bytes / 1000)} KB`;
}
