// Loads one week of task sources and their tasks, and hands them to the pure burden aggregation.
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { taskSources, tasks } from '../../db/schema.js';
import {
  type BurdenData,
  type BurdenReport,
  type BurdenScope,
  type BurdenView,
  type BurdenViewer,
  burdenView,
  type IsoWeek,
  mayViewBurden,
  reportCsv,
  reportMarkdown,
  scopeKey,
} from '../core/burden/index.js';
import type { Kind } from '../core/types.js';
import { isoLocal } from '../core/understand/occurrence.js';
import type { SourceRole } from '../core/understand/views.js';
import { AppError } from '../errors.js';
import { loadRoster } from './roster-load.js';

export async function loadBurdenData(db: Db, county: string, week: IsoWeek): Promise<BurdenData> {
  const roster = await loadRoster(db, county);
  const sources = await db
    .select({
      taskId: taskSources.taskId,
      at: taskSources.at,
      groupId: taskSources.groupId,
      senderId: taskSources.senderId,
      role: taskSources.role,
      addressees: taskSources.addressees,
    })
    .from(taskSources)
    .where(
      and(
        eq(taskSources.countyId, county),
        gte(taskSources.at, new Date(week.start)),
        lt(taskSources.at, new Date(week.end)),
      ),
    );
  const ids = [...new Set(sources.map((s) => s.taskId))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .select({
            id: tasks.id,
            seq: tasks.seq,
            title: tasks.title,
            kind: tasks.kind,
            flags: tasks.flags,
            issuerId: tasks.issuerId,
          })
          .from(tasks)
          .where(and(eq(tasks.countyId, county), inArray(tasks.id, ids)));
  const origins = ids.length === 0 ? [] : await originRoles(db, county, rows);
  return {
    week,
    roster,
    sources: sources.map((s) => ({ ...s, at: isoLocal(s.at.getTime()), role: s.role as SourceRole })),
    tasks: rows.map((t) => ({
      id: t.id,
      title: t.title,
      kind: t.kind as Kind,
      flags: t.flags,
      issuerId: t.issuerId,
      originRole: origins.find((o) => o.taskId === t.id)?.role ?? null,
    })),
  };
}

/** The role of each task's first source (a task's id comes from its first message's sequence number). */
async function originRoles(db: Db, county: string, rows: { id: string; seq: number }[]) {
  const found = await db
    .select({ taskId: taskSources.taskId, seq: taskSources.messageSeq, role: taskSources.role })
    .from(taskSources)
    .where(
      and(
        eq(taskSources.countyId, county),
        inArray(
          taskSources.taskId,
          rows.map((r) => r.id),
        ),
        inArray(
          taskSources.messageSeq,
          rows.map((r) => r.seq),
        ),
      ),
    );
  const firstSeq = new Map(rows.map((r) => [r.id, r.seq]));
  return found
    .filter((f) => firstSeq.get(f.taskId) === f.seq)
    .map((f) => ({ taskId: f.taskId, role: f.role as SourceRole }));
}

function viewOrThrow(data: BurdenData, scope: BurdenScope): BurdenView {
  const view = burdenView(data, scope);
  if (!view) throw new AppError('not_found', '名册中没有这个乡镇或人员');
  return view;
}

/** The burden view of one scope for one week. */
export async function burdenFor(
  db: Db,
  county: string,
  week: IsoWeek,
  scope: BurdenScope,
): Promise<BurdenView> {
  return viewOrThrow(await loadBurdenData(db, county, week), scope);
}

/** The county view and every township's, for the weekly report (townships in roster order). */
export async function burdenReportFor(db: Db, county: string, week: IsoWeek): Promise<BurdenReport> {
  const data = await loadBurdenData(db, county, week);
  const townships = data.roster.orgs
    .filter((o) => o.level === 'township')
    .map((o) => viewOrThrow(data, { type: 'township', id: o.id }));
  return { county: viewOrThrow(data, { type: 'county' }), townships };
}

/** The weekly report as a document: markdown to read or CSV to keep. */
export async function burdenReportDocument(
  db: Db,
  county: string,
  week: IsoWeek,
  format: 'md' | 'csv',
): Promise<string> {
  const report = await burdenReportFor(db, county, week);
  return format === 'md' ? reportMarkdown(report) : reportCsv(report);
}

/** The page's view, and the other scopes (county, townships) the viewer may switch to. */
export async function burdenPageFor(
  db: Db,
  county: string,
  week: IsoWeek,
  scope: BurdenScope,
  viewer: BurdenViewer,
): Promise<{ view: BurdenView; scopes: { key: string; name: string }[] }> {
  const data = await loadBurdenData(db, county, week);
  const candidates: BurdenScope[] = [
    { type: 'county' },
    ...data.roster.orgs
      .filter((o) => o.level === 'township')
      .map((o) => ({ type: 'township' as const, id: o.id })),
  ];
  const scopes = candidates
    .filter((s) => mayViewBurden(viewer, s, data.roster))
    .map((s) => ({ key: scopeKey(s), name: viewOrThrow(data, s).scope.name }));
  return { view: viewOrThrow(data, scope), scopes };
}
