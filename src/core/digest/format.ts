// Small pieces of the Chinese a cadre reads: when something is due, a short title, a list of names.
import { addDays, localParts } from '../time/clock.js';

const WEEKDAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** "今天17:00", "明天17:30", "11月27日（周五）17:30"; 23:59 reads "…内" ("今天内"). */
export function whenText(deadlineMs: number, nowMs: number): string {
  const d = localParts(new Date(deadlineMs));
  const today = localParts(new Date(nowMs)).date;
  const [, m, day] = d.date.split('-').map(Number);
  let date = `${m}月${day}日（${WEEKDAY[d.weekday]}）`;
  if (d.date === today) date = '今天';
  else if (d.date === addDays(today, 1)) date = '明天';
  else if (d.date === addDays(today, -1)) date = '昨天';
  if (d.hour === 23 && d.minute === 59) return `${date}内`;
  return `${date}${String(d.hour).padStart(2, '0')}:${String(d.minute).padStart(2, '0')}`;
}

/** "约2小时", "约40分钟". */
export function leftText(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `约${minutes}分钟`;
  const hours = Math.round(minutes / 30) / 2;
  return hours >= 24 ? `约${Math.round(hours / 24)}天` : `约${hours}小时`;
}

/** A title short enough for one line on a phone. */
export function shortTitle(title: string, max = 20): string {
  const t = title.replace(/\s+/g, '').replace(/[，。；,;：:！!]+$/, '');
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** "张三、李四等12人" once the list gets long. */
export function nameList(names: string[], max = 8): string {
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}人`;
}
