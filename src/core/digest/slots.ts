// The once-a-day slots: a person's morning digest and a leader's evening summary. A slot is owed from its
// time until the evening quiet hours, unless the ledger holds its row (sent, or "nothing to say").
import { atLocal, DAY, localDay } from './clock-rules.js';
import { type LedgerRow, type PlanPerson, rowKey } from './plan-types.js';
import type { ScheduleSettings } from './settings.js';

export interface DigestSlot {
  period: string;
  at: number;
  since: number;
}

/**
 * The digest owed to a person at `now`, if its time has come today and it was not yet written.
 * `ledger`: the person's own rows suffice.
 */
export function digestDue(person: PlanPerson, ledger: LedgerRow[], now: number, s: ScheduleSettings) {
  if (!person.digest) return null;
  return slotDue(person.id, 'digest', person.digestAt, ledger, now, s);
}

export function slotDue(
  personId: string,
  purpose: string,
  hm: string,
  ledger: LedgerRow[],
  now: number,
  s: ScheduleSettings,
): DigestSlot | null {
  const period = localDay(now);
  const at = atLocal(now, hm);
  // Caught up until the evening quiet hours (or midnight); after that the day's slot is gone.
  let end = atLocal(now, s.quietStart);
  if (end <= at) end = atLocal(now, '00:00', 1);
  if (now < at || now >= end) return null;
  let since = at - DAY;
  for (const r of ledger) {
    if (r.recipientId !== personId || r.purpose !== purpose) continue;
    if (r.key === rowKey(personId, purpose, period)) return null;
    if (r.dueAt < at) since = Math.max(since, r.dueAt);
  }
  return { period, at, since };
}

/** The next instant of a daily HH:MM after `now`. */
export function nextSlot(hm: string, now: number): number {
  const today = atLocal(now, hm);
  return today > now ? today : atLocal(now, hm, 1);
}
