// Claiming due outbox rows for one channel, within that channel's limits. Claims of one channel are
// serialised by an advisory lock (the budget read and the claim must agree); the row lock with SKIP
// LOCKED keeps a claim from waiting on rows another transaction holds. The same SQL runs on PGlite.
import { and, asc, desc, eq, gt, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { localDate } from '../core/understand/occurrence.js';
import type { OutboxBody } from './outbox.js';
import { type ChannelLimits, jitterFor, LEASE_MS, MAX_ATTEMPTS } from './outbox-limits.js';

const MINUTE = 60_000;
const HOUR = 3600_000;

export interface ClaimedRow {
  county: string;
  key: string;
  recipientId: string;
  channel: string;
  purpose: string;
  period: string;
  body: OutboxBody;
  attempts: number;
}

export interface ClaimOptions {
  channel: string;
  /** Only this county's rows (a bot serves one county); all counties when absent. */
  county?: string;
  limit: number;
  now: Date;
  limits: ChannelLimits;
}

/** Whom a per-minute limit counts against: a group's robot for webhooks, else the recipient. */
function throttleKey(channel: string, recipientId: string, groupId: string | null | undefined): string {
  return channel === 'wecom-webhook' && groupId ? `g:${groupId}` : `p:${recipientId}`;
}

// A sent row's due_at is set to when it was sent, so the (state, due_at) index also answers
// "what was sent in the last minute / hour / today".
export async function claimDue(db: Db, o: ClaimOptions): Promise<ClaimedRow[]> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`outbox:${o.channel}`}))`);
    const scope = and(eq(outbox.channel, o.channel), o.county ? eq(outbox.countyId, o.county) : undefined);
    const now = o.now.getTime();
    let limit = o.limit;
    const { limits } = o;
    if (limits.minIntervalMs !== undefined) {
      const [busy] = await tx
        .select({ key: outbox.key })
        .from(outbox)
        .where(and(scope, eq(outbox.state, 'sending'), gt(outbox.dueAt, o.now)))
        .limit(1);
      if (busy) return [];
      const [last] = await tx
        .select({ key: outbox.key, at: outbox.dueAt })
        .from(outbox)
        .where(and(scope, eq(outbox.state, 'sent')))
        .orderBy(desc(outbox.dueAt))
        .limit(1);
      const next = last
        ? last.at.getTime() + limits.minIntervalMs + jitterFor(last.key, limits.jitterMs ?? 0)
        : 0;
      if (now < next) return [];
      limit = 1;
    }
    if (limits.dailyCap !== undefined) {
      const midnight = new Date(`${localDate(now)}T00:00:00+08:00`);
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(and(scope, eq(outbox.state, 'sent'), gte(outbox.dueAt, midnight)));
      limit = Math.min(limit, limits.dailyCap - (row?.n ?? 0));
      if (limit <= 0) return [];
    }
    const budget = await budgets(tx, scope, o);
    const candidates = await tx
      .select({
        county: outbox.countyId,
        key: outbox.key,
        recipientId: outbox.recipientId,
        attempts: outbox.attempts,
        state: outbox.state,
        groupId: sql<string | null>`${outbox.body}->>'groupId'`,
      })
      .from(outbox)
      .where(
        and(scope, or(eq(outbox.state, 'queued'), eq(outbox.state, 'sending')), lte(outbox.dueAt, o.now)),
      )
      .orderBy(asc(outbox.dueAt), asc(outbox.createdAt))
      .limit(Math.min(500, limit * 10))
      .for('update', { skipLocked: true });
    const chosen = new Map<string, string[]>();
    const expired = new Map<string, string[]>();
    let taken = 0;
    for (const c of candidates) {
      // A row whose sender vanished mid-send (lease over) and has no attempts left is given up.
      if (c.state === 'sending' && c.attempts >= MAX_ATTEMPTS) {
        expired.set(c.county, [...(expired.get(c.county) ?? []), c.key]);
        continue;
      }
      if (taken >= limit) continue;
      const k = `${c.county}|${throttleKey(o.channel, c.recipientId, c.groupId)}`;
      const left = budget.get(k) ?? fresh(limits);
      if (left <= 0) continue;
      budget.set(k, left - 1);
      chosen.set(c.county, [...(chosen.get(c.county) ?? []), c.key]);
      taken++;
    }
    for (const [county, keys] of expired) {
      await tx
        .update(outbox)
        .set({ state: 'failed', result: 'gave up: the sender did not report back' })
        .where(and(eq(outbox.countyId, county), inArray(outbox.key, keys)));
    }
    const out: ClaimedRow[] = [];
    for (const [county, keys] of chosen) {
      const rows = await tx
        .update(outbox)
        .set({ state: 'sending', attempts: sql`${outbox.attempts} + 1`, dueAt: new Date(now + LEASE_MS) })
        .where(and(eq(outbox.countyId, county), inArray(outbox.key, keys)))
        .returning();
      for (const r of rows) {
        out.push({
          county: r.countyId,
          key: r.key,
          recipientId: r.recipientId,
          channel: r.channel,
          purpose: r.purpose,
          period: r.period,
          body: r.body as unknown as OutboxBody,
          attempts: r.attempts,
        });
      }
    }
    return out;
  });
}

/** What a recipient with nothing sent lately may receive. */
function fresh(limits: ChannelLimits): number {
  return Math.min(limits.perMinute ?? Number.POSITIVE_INFINITY, limits.perHour ?? Number.POSITIVE_INFINITY);
}

/** What each recipient may still receive now: per-minute and per-hour limits minus sent and in-flight rows. */
async function budgets(tx: Db, scope: ReturnType<typeof and>, o: ClaimOptions): Promise<Map<string, number>> {
  const { perMinute, perHour } = o.limits;
  const out = new Map<string, number>();
  if (perMinute === undefined && perHour === undefined) return out;
  const now = o.now.getTime();
  const rows = await tx
    .select({
      county: outbox.countyId,
      recipientId: outbox.recipientId,
      groupId: sql<string | null>`${outbox.body}->>'groupId'`,
      minute: sql<number>`count(*) filter (where ${outbox.state} = 'sending' or ${outbox.dueAt} > ${new Date(now - MINUTE).toISOString()}::timestamptz)::int`,
      hour: sql<number>`count(*)::int`,
    })
    .from(outbox)
    .where(
      and(
        scope,
        or(
          eq(outbox.state, 'sending'),
          and(eq(outbox.state, 'sent'), gt(outbox.dueAt, new Date(now - HOUR))),
        ),
      ),
    )
    .groupBy(outbox.countyId, outbox.recipientId, sql`${outbox.body}->>'groupId'`);
  // Several recipients can share one limit (a group's robot): add their counts up first.
  const counts = new Map<string, { minute: number; hour: number }>();
  for (const r of rows) {
    const k = `${r.county}|${throttleKey(o.channel, r.recipientId, r.groupId)}`;
    const c = counts.get(k) ?? { minute: 0, hour: 0 };
    counts.set(k, { minute: c.minute + r.minute, hour: c.hour + r.hour });
  }
  for (const [k, c] of counts) {
    out.set(
      k,
      Math.min(
        perMinute === undefined ? Number.POSITIVE_INFINITY : perMinute - c.minute,
        perHour === undefined ? Number.POSITIVE_INFINITY : perHour - c.hour,
      ),
    );
  }
  return out;
}
