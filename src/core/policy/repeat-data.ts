import { parseReportSubject, type ReportSubject, readReportSubject } from './report-subject.js';
import type { PolicyTaskView } from './types.js';

const WINDOW_MS = 30 * 24 * 3600 * 1000;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
// A shorter form name counts as the same form only when it is this specific (长 enough to name one form).
const MIN_SUFFIX_FORM = 6;

function subjectOf(task: PolicyTaskView): ReportSubject | null {
  if (task.reportSubject) return readReportSubject(task.reportSubject);
  return parseReportSubject(task.texts);
}

/** Relative periods (上月, 本周…) read against the posting date, so that next month's 上月 is another period. */
export function resolvePeriod(period: string, iso: string): string {
  const ms = Date.parse(iso);
  if (!period || Number.isNaN(ms)) return period;
  const local = new Date(ms + SHANGHAI_OFFSET_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const month = (delta: number) => {
    const d = new Date(Date.UTC(y, m + delta, 1));
    return `${d.getUTCFullYear()}-${d.getUTCMonth() + 1}`;
  };
  const week = (delta: number) => {
    const dow = (local.getUTCDay() + 6) % 7;
    const monday = new Date(Date.UTC(y, m, local.getUTCDate() - dow + 7 * delta));
    return monday.toISOString().slice(0, 10);
  };
  return period
    .split('、')
    .map((p) => {
      if (p === '本月' || p === '当月') return month(0);
      if (p === '上月') return month(-1);
      if (p === '本周') return week(0);
      if (p === '上周') return week(-1);
      if (p === '今年' || p === '本年') return `${y}年`;
      if (p === '去年' || p === '上年') return `${y - 1}年`;
      const named = /^(\d{1,2})月$/.exec(p);
      return named ? `${y}-${Number(named[1])}` : p;
    })
    .join('、');
}

function sameForm(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_SUFFIX_FORM && long.endsWith(short);
}

/** Periods agree when equal, or when one request names none (the current one is meant). */
function samePeriod(a: string, b: string): boolean {
  return a === '' || b === '' || a === b;
}

/**
 * A report asking some of the same people for the same form or figures for the same period as another report
 * first seen in the 30 days before. The caller merges relays into one task, so a relay is never an earlier report.
 */
export function repeatDataFlag(task: PolicyTaskView, earlierReports: readonly PolicyTaskView[]): boolean {
  if (task.kind !== 'report') return false;
  const subject = subjectOf(task);
  const at = Date.parse(task.firstPostedAt);
  if (!subject || Number.isNaN(at)) return false;
  const period = resolvePeriod(subject.period, task.firstPostedAt);
  const people = new Set(task.assignees);
  return earlierReports.some((e) => {
    const eAt = Date.parse(e.firstPostedAt);
    if (e.kind !== 'report' || !(eAt < at) || at - eAt > WINDOW_MS) return false;
    if (!e.assignees.some((p) => people.has(p))) return false;
    const other = subjectOf(e);
    if (!other || !sameForm(subject.form, other.form)) return false;
    return samePeriod(period, resolvePeriod(other.period, e.firstPostedAt));
  });
}
