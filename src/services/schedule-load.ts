// Loads what the scheduler decides from: the county's people and their channels, the tasks that can
// owe anyone something, when each person got each task, and the recent outbox ledger.
import { and, eq, gt, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { identities, messages, outbox, people, tasks } from '../../db/schema.js';
import { channelFor, LEDGER_HOURS, type LedgerRow, type PlanPerson } from '../core/digest/index.js';
import type { Role, Roster } from '../core/types.js';
import type { TaskView } from '../core/understand/views.js';
import { loadTaskViews } from './schedule-tasks.js';

const DAY = 86_400_000;
/** Open one-off tasks whose deadline passed longer ago than this owe nobody a push or a digest line. */
const TASK_HORIZON_DAYS = 15;

export interface ScheduleState {
  people: PlanPerson[];
  tasks: TaskView[];
  seenAt: (task: TaskView, personId: string) => number;
  ledger: LedgerRow[];
}

export async function loadScheduleState(
  db: Db,
  county: string,
  now: Date,
  roster: Roster,
  opts: { defaultDigestAt: string; wecomApp: boolean },
): Promise<ScheduleState> {
  const horizon = new Date(now.getTime() - TASK_HORIZON_DAYS * DAY);
  const [persons, ids, taskRows, ledger] = await Promise.all([
    db
      .select()
      .from(people)
      .where(and(eq(people.countyId, county), eq(people.active, true))),
    db
      .select({ personId: identities.personId, platform: identities.platform })
      .from(identities)
      .where(
        and(eq(identities.countyId, county), eq(identities.pending, false), isNotNull(identities.personId)),
      ),
    db
      .select({
        id: tasks.id,
        seq: tasks.seq,
        title: tasks.title,
        kind: tasks.kind,
        deadline: tasks.deadline,
        recurrence: tasks.recurrence,
        flags: tasks.flags,
        status: tasks.status,
        issuerId: tasks.issuerId,
        firstSeenAt: tasks.firstSeenAt,
      })
      .from(tasks)
      .where(
        and(
          eq(tasks.countyId, county),
          eq(tasks.status, 'open'),
          or(
            isNotNull(tasks.recurrence),
            gte(tasks.deadline, horizon),
            and(isNull(tasks.deadline), gte(tasks.firstSeenAt, horizon)),
          ),
        ),
      ),
    db
      .select({
        key: outbox.key,
        recipientId: outbox.recipientId,
        purpose: outbox.purpose,
        state: outbox.state,
        dueAt: outbox.dueAt,
        result: outbox.result,
      })
      .from(outbox)
      .where(
        and(
          eq(outbox.countyId, county),
          gte(outbox.dueAt, new Date(now.getTime() - LEDGER_HOURS * 3_600_000)),
        ),
      ),
  ]);
  const { views, addedAt } = await loadTaskViews(db, county, taskRows);
  const groupPlatforms = new Map<string, Set<string>>();
  const boundPlatforms = new Map<string, Set<string>>();
  const groupsOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key);
    if (set) set.add(value);
    else map.set(key, new Set([value]));
  };
  for (const g of roster.groups)
    for (const m of g.members) {
      add(groupPlatforms, m, g.platform);
      add(groupsOf, m, g.id);
    }
  for (const i of ids) if (i.personId) add(boundPlatforms, i.personId, i.platform);
  // Roster order, so lists of names read the same every day.
  const order = new Map(roster.people.map((p, i) => [p.id, i]));
  persons.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
  return {
    people: persons.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role as Role,
      digest: p.digest,
      digestAt: ownDigestAt(p.digestAt) ?? opts.defaultDigestAt,
      channel: channelFor(boundPlatforms.get(p.id) ?? [], groupPlatforms.get(p.id) ?? [], opts.wecomApp),
      groups: groupsOf.get(p.id) ?? new Set(),
    })),
    tasks: views,
    seenAt: (task, personId) => addedAt.get(`${task.id}|${personId}`) ?? Date.parse(task.firstSeenAt),
    ledger: ledger.map((r) => ({ ...r, dueAt: r.dueAt.getTime() })),
  };
}

/** The column's default (07:30) means "not chosen": the configured default applies. */
function ownDigestAt(value: string): string | null {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) && value !== '07:30' ? value : null;
}

/** Group messages each person would have read in (since, until]: their groups, not their own. */
export async function groupMessagesSince(
  db: Db,
  county: string,
  person: PlanPerson,
  since: Date,
  until: Date,
): Promise<number> {
  if (person.groups.size === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(messages)
    .where(
      and(
        eq(messages.countyId, county),
        inArray(messages.groupId, [...person.groups]),
        ne(messages.senderId, person.id),
        gt(messages.at, since),
        lte(messages.at, until),
      ),
    );
  return Number(row?.n ?? 0);
}
