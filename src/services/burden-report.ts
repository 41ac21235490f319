// The weekly burden report sent to the county's burden-reduction office through the outbox
// (purpose 'burden-report', period = the ISO week), once per recipient and week.
import type { Db } from '../../db/client.js';
import { counties } from '../../db/schema.js';
import { type IsoWeek, isoWeekOf, percent, reportMarkdown, shiftWeek } from '../core/burden/index.js';
import { burdenReportFor } from './burden.js';
import { readCountySettings } from './county-settings.js';
import { enqueue } from './outbox.js';

// WeCom markdown messages carry at most 4096 bytes; the full report stays available as a file.
const MARKDOWN_MAX_BYTES = 3800;

function clip(markdown: string, tail: string): string {
  if (Buffer.byteLength(markdown) <= MARKDOWN_MAX_BYTES) return markdown;
  const lines = markdown.split('\n');
  while (lines.length > 1 && Buffer.byteLength(`${lines.join('\n')}\n${tail}`) > MARKDOWN_MAX_BYTES)
    lines.pop();
  return `${lines.join('\n')}\n${tail}`;
}

export interface BurdenReportResult {
  county: string;
  week: string;
  /** Recipients for whom a row was written by this call (existing rows are not written again). */
  enqueued: string[];
}

/** Enqueues the county's report of `week` for every recipient in its settings. */
export async function enqueueBurdenReport(
  db: Db,
  county: string,
  week: IsoWeek,
  now: Date,
  links: { publicUrl?: string } = {},
): Promise<BurdenReportResult> {
  const settings = await readCountySettings(db, county);
  const recipients = settings.burdenReport.recipients;
  if (recipients.length === 0) return { county, week: week.label, enqueued: [] };
  const report = await burdenReportFor(db, county, week);
  const c = report.county;
  const link = links.publicUrl
    ? `完整报表：${links.publicUrl.replace(/\/$/, '')}/burden?week=${week.label}`
    : null;
  const text = [
    `${c.scope.name}基层减负周报（${week.from} 至 ${week.to}）`,
    `指令消息到人 ${c.messages} 人次，合并后 ${c.personTasks} 人次，涉及任务 ${c.tasks} 项。`,
    `带减负规定提示的任务 ${c.flagged.length} 项，重复报送 ${c.repeatData.tasks} 项，休息时间指令占 ${percent(c.afterHours.share)}。`,
    ...(link ? [link] : []),
  ].join('\n');
  const markdown = clip(
    reportMarkdown(report),
    link ? `……（篇幅所限，${link}）` : '……（篇幅所限，其余从略）',
  );
  const enqueued: string[] = [];
  for (const r of recipients) {
    const recipientId = r.personId ?? r.groupId!;
    const wrote = await enqueue(db, {
      county,
      recipientId,
      channel: r.channel,
      purpose: 'burden-report',
      period: week.label,
      body: { text, markdown, ...(r.groupId ? { groupId: r.groupId } : {}) },
      dueAt: now,
    });
    if (wrote) enqueued.push(recipientId);
  }
  return { county, week: week.label, enqueued };
}

/** For the scheduler (e.g. Monday morning): every county's report of the week before `now`. */
export async function enqueueWeeklyBurdenReports(
  db: Db,
  now: Date,
  links: { publicUrl?: string } = {},
): Promise<BurdenReportResult[]> {
  const week = shiftWeek(isoWeekOf(now), -1);
  const rows = await db.select({ id: counties.id }).from(counties);
  const out: BurdenReportResult[] = [];
  for (const r of rows) out.push(await enqueueBurdenReport(db, r.id, week, now, links));
  return out;
}
