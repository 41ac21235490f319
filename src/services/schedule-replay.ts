// The scheduler across replayed (simulated) time, and the deliveries it produced. A tick runs every
// `stepMinutes` of simulated time, like the 15-minute cron; ticks before the next due instant are skipped
// when no message arrived since the last run (nothing can have changed), which keeps replays fast.
import { and, asc, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { atLocal } from '../core/digest/clock-rules.js';
import { isoLocal } from '../core/understand/occurrence.js';
import { runScheduled, type ScheduleDeps } from './schedule.js';

export interface ReplayScheduler {
  /** Runs every tick up to and including `at`. */
  until(at: Date): Promise<void>;
  /**
   * Tells it a message was ingested (with the ingest summary, when there is one): the next tick must run,
   * unless the message was no directive — a reply or chatter can only take pushes away, never add one.
   */
  touched(ingested?: unknown): void;
  /** Runs the ticks to the end of the local day of the last tick. */
  finish(): Promise<void>;
  /** How many runs, and the time they took (for the replay's progress line). */
  stats(): { runs: number; ms: number };
}

export function replayScheduler(deps: ScheduleDeps, stepMinutes = 15): ReplayScheduler {
  const step = stepMinutes * 60_000;
  let last: number | null = null;
  let next = Number.NEGATIVE_INFINITY;
  let dirty = true;
  let count = 0;
  let spent = 0;
  const until = async (at: Date) => {
    const end = at.getTime();
    let tick = last === null ? Math.ceil(end / step) * step : last + step;
    for (; tick <= end; tick += step) {
      last = tick;
      if (!dirty && tick < next) continue;
      if (process.env.REPLAY_DEBUG === '2')
        console.error(new Date(tick).toISOString(), dirty ? 'dirty' : 'due');
      const started = performance.now();
      const summary = await runScheduled(deps, new Date(tick));
      spent += performance.now() - started;
      count++;
      dirty = false;
      next = Date.parse(summary.next);
    }
  };
  return {
    until,
    touched: (ingested?: unknown) => {
      if (!onlyChatter(ingested)) dirty = true;
    },
    finish: async () => {
      if (last !== null) await until(new Date(atLocal(last, '23:59') + 59_000));
    },
    stats: () => ({ runs: count, ms: Math.round(spent) }),
  };
}

function onlyChatter(ingested: unknown): boolean {
  const items = (ingested as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items) || items.length === 0) return false;
  return items.every(
    (i) => (i as { directive?: unknown; error?: unknown }).directive === false && !('error' in i),
  );
}

export interface Delivery {
  person: string;
  purpose: string;
  /** The row's due time, +08:00. */
  at: string;
}

/** Pushes the outbox holds for a county: rows to be sent, not records of folded or empty ones, nor replies. */
export async function listDeliveries(db: Db, county: string): Promise<Delivery[]> {
  const rows = await db
    .select({ person: outbox.recipientId, purpose: outbox.purpose, dueAt: outbox.dueAt })
    .from(outbox)
    .where(and(eq(outbox.countyId, county), notInArray(outbox.state, ['folded', 'skipped'])))
    .orderBy(asc(outbox.dueAt), asc(outbox.key));
  return rows
    .filter((r) => r.purpose !== 'reply')
    .map((r) => ({ person: r.person, purpose: r.purpose, at: isoLocal(r.dueAt.getTime()) }));
}
