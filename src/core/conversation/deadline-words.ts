// Deadlines in the words a cadre uses on the phone: "今天17:30", "明天", "周五", "已逾期1天".
import { addDays, dayNumber, localParts, weekdayOf } from '../time/clock.js';

const WEEKDAY = ['', '一', '二', '三', '四', '五', '六', '日'];

export interface DeadlineWordsOptions {
  /** The end of the workday ("HH:MM"): a deadline at that time, or at 23:59, needs no clock time beyond today. */
  officeEnd?: string;
  urgent?: boolean;
  /** Always give the clock time (the detail view). */
  exact?: boolean;
}

const hm = (h: number, m: number) => `${h}:${String(m).padStart(2, '0')}`;

/** The deadline relative to `now`, short; "尽快" or "不限时" when there is none. */
export function deadlineWords(deadline: string | null, now: string, opts: DeadlineWordsOptions = {}): string {
  if (!deadline) return opts.urgent ? '尽快' : '不限时';
  const d = localParts(deadline);
  const n = localParts(now);
  const days = dayNumber(d.date) - dayNumber(n.date);
  const clock = hm(d.hour, d.minute);
  const endOfDay = clock === '23:59';
  if (Date.parse(deadline) <= Date.parse(now)) {
    if (days === 0) return `今天${clock}已过`;
    return `已逾期${-days}天`;
  }
  if (days === 0) return endOfDay ? '今天内' : `今天${clock}`;
  // Beyond today the time matters only when it is not the usual end of the workday.
  const usual = !opts.exact && (endOfDay || clock === (opts.officeEnd ?? '17:30'));
  const at = usual ? '' : clock;
  if (days === 1) return `明天${at}`;
  if (days === 2) return `后天${at}`;
  const startOfWeek = addDays(n.date, 1 - n.weekday);
  const weeks = Math.floor((dayNumber(d.date) - dayNumber(startOfWeek)) / 7);
  const wd = WEEKDAY[weekdayOf(d.date)] ?? '';
  if (weeks === 0) return `周${wd}${at}`;
  if (weeks === 1) return `下周${wd}${at}`;
  const [, m, day] = d.date.split('-').map(Number);
  return `${m}月${day}日${at}`;
}

/** "11月23日 08:40": when a source was posted. */
export function whenWords(at: string, now: string): string {
  const p = localParts(at);
  const n = localParts(now);
  const clock = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  const days = dayNumber(n.date) - dayNumber(p.date);
  if (days === 0) return `今天${clock}`;
  if (days === 1) return `昨天${clock}`;
  const [, m, day] = p.date.split('-').map(Number);
  return `${m}月${day}日${clock}`;
}

const BYDAY: Record<string, string> = {
  MO: '一',
  TU: '二',
  WE: '三',
  TH: '四',
  FR: '五',
  SA: '六',
  SU: '日',
};

/** "每天", "工作日每天", "每周一", "每月5日" (with "至11月30日" when the rule ends). */
export function recurrenceWords(rrule: string | null): string {
  if (!rrule) return '';
  const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const byDay = parts.get('BYDAY')?.split(',') ?? [];
  let words = '每天';
  if (parts.get('FREQ') === 'WEEKLY') {
    words =
      byDay.join(',') === 'MO,TU,WE,TH,FR' ? '工作日每天' : `每周${byDay.map((d) => BYDAY[d]).join('、')}`;
  } else if (parts.get('FREQ') === 'MONTHLY') {
    words = `每月${parts.get('BYMONTHDAY')?.split(',').join('、') ?? ''}日`;
  }
  const until = parts.get('UNTIL');
  if (until) words += `，至${Number(until.slice(4, 6))}月${Number(until.slice(6, 8))}日`;
  return words;
}
