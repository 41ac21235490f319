// The one scheduled entry: decides what is due at `now` in every county and writes it to the outbox.
// Idempotent and catching up: it may run every minute or every 15 minutes, twice at once, or again
// after a crash; the outbox's unique keys and a per-county lock keep every push to exactly one row.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { counties } from '../../db/schema.js';
import type { Config } from '../config.js';
import { digestDue, planSchedule, type ScheduleSettings } from '../core/digest/index.js';
import type { Logger } from '../logger.js';
import { enqueueWeeklyBurdenReports } from './burden-report.js';
import { loadRoster } from './roster-load.js';
import { groupMessagesSince, loadScheduleState } from './schedule-load.js';
import { type WrittenRow, writePlannedRows } from './schedule-write.js';

export interface ScheduleDeps {
  db: Db;
  config: Config;
  logger: Logger;
}

export interface ScheduleSummary {
  at: string;
  counties: number;
  /** Rows to be sent. */
  queued: number;
  /** Reminders told inside another message (the digest, a combined push) or held back by the daily cap. */
  folded: number;
  /** Digests and summaries that had nothing to say. */
  skipped: number;
  rows: (WrittenRow & { county: string })[];
  /** When something next falls due if no message arrives meanwhile. */
  next: string;
}

export function scheduleSettings(config: Config): ScheduleSettings {
  return { ...config.schedule, officeHours: config.understanding.officeHours };
}

export async function runScheduled(deps: ScheduleDeps, now: Date): Promise<ScheduleSummary> {
  const ids = await deps.db.select({ id: counties.id }).from(counties);
  const rows: ScheduleSummary['rows'] = [];
  let next = now.getTime() + 6 * 3_600_000;
  for (const { id } of ids) {
    try {
      const out = await runCounty(deps, id, now);
      for (const r of out.rows) rows.push({ ...r, county: id });
      next = Math.min(next, out.next);
    } catch (err) {
      // One county's failure must not starve the others; the next run catches up.
      deps.logger.error('scheduled run failed', { county: id, error: String(err) });
    }
  }
  // The weekly burden report for last week, on Monday morning (its outbox key is the week: sent once).
  const local = new Date(now.getTime() + 8 * 3_600_000);
  if (local.getUTCDay() === 1 && local.getUTCHours() === 8 && local.getUTCMinutes() < 15) {
    await enqueueWeeklyBurdenReports(deps.db, now, { publicUrl: deps.config.pages.publicUrl }).catch((err) =>
      deps.logger.error('weekly burden report failed', { error: String(err) }),
    );
  }
  const count = (state: string) => rows.filter((r) => r.state === state).length;
  return {
    at: now.toISOString(),
    counties: ids.length,
    queued: count('queued'),
    folded: count('folded'),
    skipped: count('skipped'),
    rows,
    next: new Date(next).toISOString(),
  };
}

async function runCounty(deps: ScheduleDeps, county: string, now: Date) {
  const settings = scheduleSettings(deps.config);
  const roster = await loadRoster(deps.db, county);
  const { wecom } = deps.config;
  const wecomApp = Boolean(wecom.corpId && wecom.secret && wecom.agentId !== undefined);
  return deps.db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    // Schedulers of one county take turns: the daily cap counts rows a concurrent run may be writing.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`schedule:${county}`}))`);
    const state = await loadScheduleState(tx, county, now, roster, {
      defaultDigestAt: settings.digestAt,
      wecomApp,
    });
    const groupMessages = new Map<string, number>();
    for (const person of state.people) {
      const slot = digestDue(person, state.ledger, now.getTime(), settings);
      if (slot)
        groupMessages.set(person.id, await groupMessagesSince(tx, county, person, new Date(slot.since), now));
    }
    const plan = planSchedule({ now: now.getTime(), settings, groupMessages, ...state });
    const written = await writePlannedRows(tx, county, plan.rows);
    return { rows: written, next: plan.next };
  });
}
