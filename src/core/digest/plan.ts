// The scheduler's decision, as a pure function of the county's state at `now`: which digests, leader
// summaries and reminder pushes are owed, and which of them fold into another message. The outbox
// ledger (rows already written, with their unique keys) is the only memory; nothing here writes.
import type { TaskView } from '../understand/views.js';
import { atLocal, HOUR, isQuiet, localDay } from './clock-rules.js';
import { composeDigest } from './compose-digest.js';
import { composePush } from './compose-push.js';
import { composeLeaderSummary } from './compose-summary.js';
import { type DueItem, dueItems, occurrencesNear } from './due.js';
import {
  type LedgerRow,
  type Plan,
  type PlanInput,
  type PlannedRow,
  type PlanPerson,
  PUSH_PURPOSES,
  rowKey,
} from './plan-types.js';
import type { Rendered } from './render.js';
import { type DigestSlot, digestDue, nextSlot, slotDue } from './slots.js';

/** A push due just before the quiet hours that the run reaches just after them still goes. */
const QUIET_GRACE = 15 * 60_000;
/** Non-urgent pushes that come due this close before a person's digest wait for it. */
const HOLD_FOR_DIGEST = HOUR;

export function planSchedule(input: PlanInput): Plan {
  const { now, settings: s } = input;
  const rows: PlannedRow[] = [];
  const keys = new Set(input.ledger.map((r) => r.key));
  let next = now + 6 * HOUR;
  const later = (t: number | null) => {
    if (t !== null && t > now && t < next) next = t;
  };
  // Occurrences are the same for everyone: work them out once per run.
  const occurrences = new Map(input.tasks.map((t) => [t.id, occurrencesNear(t, now, s)]));
  const occurrencesOf = (t: TaskView) => occurrences.get(t.id) ?? [];
  const ledgerOf = new Map<string, LedgerRow[]>();
  for (const r of input.ledger) {
    const list = ledgerOf.get(r.recipientId);
    if (list) list.push(r);
    else ledgerOf.set(r.recipientId, [r]);
  }
  for (const person of input.people) {
    const ledger = ledgerOf.get(person.id) ?? [];
    const seen = (t: TaskView) => input.seenAt(t, person.id);
    const mine = input.tasks.filter((t) => t.assignees.includes(person.id));
    const due = dueItems(mine, person.id, seen, now, s, occurrencesOf);
    later(due.next);
    const unwritten = (i: DueItem) => !keys.has(rowKey(person.id, i.purpose, i.period));
    let items = due.items.filter(unwritten);
    const soon = due.soon.filter(unwritten);

    if (person.role === 'leader' || person.role === 'official') {
      const slot = slotDue(person.id, 'leader-summary', s.leaderSummaryAt, ledger, now, s);
      if (slot) {
        const summary = composeLeaderSummary({
          leaderId: person.id,
          leaderName: person.name,
          tasks: input.tasks,
          names: new Map(input.people.map((p) => [p.id, p.name])),
          now,
        });
        rows.push(slotRow(person, 'leader-summary', slot, summary));
      }
      later(nextSlot(s.leaderSummaryAt, now));
    }

    const slot = digestDue(person, ledger, now, s);
    if (person.digest) later(nextSlot(person.digestAt, now));
    if (slot) {
      const period = rowKey(person.id, 'digest', slot.period);
      const earlier = ledger.filter(
        (r) => r.state === 'folded' && r.dueAt > slot.since && r.result === 'cap',
      ).length;
      const digest = composeDigest({
        personId: person.id,
        personName: person.name,
        groups: person.groups,
        tasks: input.tasks,
        seenAt: seen,
        since: slot.since,
        now,
        groupMessages: input.groupMessages.get(person.id) ?? 0,
        folded: earlier + items.length,
      });
      rows.push(slotRow(person, 'digest', slot, digest));
      // What the digest lists needs no push of its own, nor do reminders due within the hour.
      for (const i of digest ? [...items, ...soon] : items) rows.push(foldedRow(person, i, period));
      continue;
    }

    if (isQuiet(now, s)) {
      // What fell due before the quiet hours and only waited for this run still goes.
      const held = (i: DueItem) => !i.urgent && (isQuiet(i.dueAt, s) || now - i.dueAt > QUIET_GRACE);
      if (items.some(held)) later(atLocal(now, s.quietEnd, now < atLocal(now, s.quietEnd) ? 0 : 1));
      items = items.filter((i) => !held(i));
    }
    const digestAt = atLocal(now, person.digestAt);
    const digestToday = keys.has(rowKey(person.id, 'digest', localDay(now)));
    if (person.digest && !digestToday && now < digestAt && digestAt - now <= HOLD_FOR_DIGEST) {
      items = items.filter((i) => i.urgent);
    }
    if (items.length === 0) continue;

    const today = localDay(now);
    const pushed = ledger.filter(
      (r) =>
        PUSH_PURPOSES.includes(r.purpose) &&
        r.state !== 'folded' &&
        r.state !== 'skipped' &&
        localDay(r.dueAt) === today,
    ).length;
    if (pushed >= s.dailyPushCap && !items.some((i) => i.urgent)) {
      for (const i of items) rows.push(foldedRow(person, i, 'cap'));
      continue;
    }
    const dueAt = Math.max(...items.map((i) => i.dueAt));
    if (!isQuiet(now, s)) items = [...items, ...soon];
    const [first, ...rest] = items as [DueItem, ...DueItem[]];
    const push = composePush(items, now);
    rows.push({
      recipientId: person.id,
      channel: person.channel,
      purpose: first.purpose,
      period: first.period,
      dueAt,
      body: bodyOf(
        person,
        push,
        items.some((i) => i.urgent),
      ),
      state: 'queued',
    });
    const carrier = rowKey(person.id, first.purpose, first.period);
    for (const i of rest) rows.push(foldedRow(person, i, carrier));
  }
  return { rows, next };
}

function bodyOf(person: PlanPerson, r: Rendered, urgent: boolean): PlannedRow['body'] {
  return {
    text: r.text,
    ...(person.channel === 'wecom-app' ? { markdown: r.markdown } : {}),
    ...(urgent ? { urgent } : {}),
  };
}

function slotRow(
  person: PlanPerson,
  purpose: 'digest' | 'leader-summary',
  slot: DigestSlot,
  r: Rendered | null,
): PlannedRow {
  return {
    recipientId: person.id,
    channel: person.channel,
    purpose,
    period: slot.period,
    dueAt: slot.at,
    body: r ? bodyOf(person, r, false) : { text: '' },
    state: r ? 'queued' : 'skipped',
    ...(r ? {} : { result: 'nothing to say' }),
  };
}

function foldedRow(person: PlanPerson, item: DueItem, into: string): PlannedRow {
  return {
    recipientId: person.id,
    channel: person.channel,
    purpose: item.purpose,
    period: item.period,
    dueAt: item.dueAt,
    body: { text: '' },
    state: 'folded',
    result: into,
  };
}
