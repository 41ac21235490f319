// Writes what understanding decided. Every statement is scoped to the county.
import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { assignments, completions, taskBands, taskSources, tasks } from '../../db/schema.js';
import { type PolicyTaskView, parseReportSubject, policyFlags, reportSubject } from '../core/policy/index.js';
import { isRestDayOrNight } from '../core/time/index.js';
import type { InboundMessage, Requirement } from '../core/types.js';
import { occurrenceOf } from '../core/understand/occurrence.js';
import type { DirectiveReading } from '../core/understand/read-message.js';
import { makeTitle } from '../core/understand/title.js';
import type { SourceRole, TaskView } from '../core/understand/views.js';
import { maybeNudge } from './burden-nudge.js';
import { loadTasks, NOTICE_ROLES } from './task-store.js';
import type { UnderstandingOptions } from './understanding-options.js';

const DAY = 86_400_000;

/** Reports of the same form end in the same six characters (a shorter name counts only as a suffix). */
function subjectKey(form: string): string {
  return form.slice(-6);
}

function subjectKeyOf(texts: string[]): string | null {
  const s = parseReportSubject(texts);
  return s ? subjectKey(s.form) : null;
}

interface SourceInput {
  seq: number;
  msg: InboundMessage;
  role: SourceRole;
  reading: DirectiveReading;
  addressees: string[];
  requires: Requirement[];
}

export async function createTask(
  db: Db,
  county: string,
  input: {
    seq: number;
    msg: InboundMessage;
    reading: DirectiveReading;
    addressees: string[];
    origin: SourceRole;
  },
): Promise<string> {
  const { msg, reading } = input;
  const at = new Date(msg.at);
  // A kind `ack` task always asks for ack.
  const requires =
    reading.kind === 'ack' ? [...new Set([...reading.requires, 'ack' as const])] : reading.requires;
  const n = input.seq;
  const [row] = await db
    .insert(tasks)
    .values({
      countyId: county,
      id: `t${n}`,
      seq: n,
      title: makeTitle(reading.text),
      kind: reading.kind,
      deadline: reading.time.deadline ? new Date(reading.time.deadline) : null,
      recurrence: reading.time.recurrence,
      requires,
      flags: [
        ...(reading.time.urgent ? ['urgent'] : []),
        ...(reading.time.calendarUnknown ? ['calendar-unknown'] : []),
      ],
      issuerId: msg.sender,
      firstSeenAt: at,
      lastPostedAt: at,
      norm: reading.norm,
      facts: reading.facts,
      subject: reading.kind === 'report' ? reportSubject([reading.text]) : null,
      subjectKey: reading.kind === 'report' ? subjectKeyOf([reading.text]) : null,
    })
    .returning({ id: tasks.id });
  const id = row!.id;
  await writeSource(db, county, id, at, { ...input, role: input.origin, requires });
  return id;
}

export async function addSource(db: Db, county: string, task: TaskView, input: SourceInput): Promise<void> {
  const at = new Date(input.msg.at);
  const requires = [...new Set([...task.requires, ...input.requires])];
  await db
    .update(tasks)
    .set({ requires, lastPostedAt: at, updatedAt: at })
    .where(and(eq(tasks.countyId, county), eq(tasks.id, task.id)));
  await writeSource(db, county, task.id, new Date(task.firstSeenAt), input);
}

async function writeSource(db: Db, county: string, taskId: string, firstSeenAt: Date, input: SourceInput) {
  const { msg, reading } = input;
  const at = new Date(msg.at);
  await db
    .insert(taskSources)
    .values({
      countyId: county,
      taskId,
      messageSeq: input.seq,
      messageId: msg.id,
      groupId: msg.group,
      senderId: msg.sender,
      at,
      role: input.role,
      text: reading.text,
      norm: reading.norm,
      addressees: input.addressees,
    })
    .onConflictDoNothing();
  if (reading.bands.length > 0) {
    await db
      .insert(taskBands)
      .values(reading.bands.map((band) => ({ countyId: county, band, taskId, firstSeenAt })))
      .onConflictDoNothing();
  }
  if (input.addressees.length > 0) {
    await db
      .insert(assignments)
      .values(
        input.addressees.map((personId) => ({
          countyId: county,
          taskId,
          personId,
          addedAt: at,
          updatedAt: at,
        })),
      )
      .onConflictDoNothing();
  }
}

export async function cancelTask(db: Db, county: string, taskId: string): Promise<void> {
  await db
    .update(tasks)
    .set({ status: 'cancelled' })
    .where(and(eq(tasks.countyId, county), eq(tasks.id, taskId)));
}

export async function moveDeadline(db: Db, county: string, taskId: string, deadline: string): Promise<void> {
  await db
    .update(tasks)
    .set({ deadline: new Date(deadline) })
    .where(and(eq(tasks.countyId, county), eq(tasks.id, taskId)));
}

export async function recordCompletion(
  db: Db,
  county: string,
  task: TaskView,
  personId: string,
  status: 'ack' | 'done',
  msg: InboundMessage,
): Promise<void> {
  const at = new Date(msg.at);
  await db
    .insert(completions)
    .values({
      countyId: county,
      taskId: task.id,
      personId,
      status,
      occurrence: status === 'done' ? occurrenceOf(task, msg.at) : '',
      messageId: msg.id,
      at,
    })
    .onConflictDoNothing();
  const finished = status === 'done' || task.kind === 'ack';
  const state = finished && !task.recurrence ? 'done' : 'acked';
  await db
    .update(assignments)
    .set({ state, updatedAt: at })
    .where(
      and(
        eq(assignments.countyId, county),
        eq(assignments.taskId, task.id),
        eq(assignments.personId, personId),
        sql`${assignments.state} <> 'done'`,
      ),
    );
}

/** Recomputes `relayed` and the policy markers from the task as it now stands. */
export async function refreshFlags(db: Db, county: string, taskId: string, opts: UnderstandingOptions) {
  const [task] = await loadTasks(db, county, [taskId]);
  if (!task) return;
  const view = policyView(task);
  let earlier: PolicyTaskView[] = [];
  const subject = task.kind === 'report' ? parseReportSubject(view.texts) : null;
  if (subject) {
    // Only reports of the same form (its last six characters agree) in the 30 days before can be repeats:
    // the newest 20 through the tasks_subject index, then whether they asked one of the same people.
    const first = new Date(task.firstSeenAt);
    const rows = await db
      .select({ id: tasks.id })
      .from(tasks)
      .where(
        and(
          eq(tasks.countyId, county),
          eq(tasks.subjectKey, subjectKey(subject.form)),
          gte(tasks.firstSeenAt, new Date(first.getTime() - 30 * DAY)),
          lt(tasks.firstSeenAt, first),
          eq(tasks.kind, 'report'),
        ),
      )
      .orderBy(desc(tasks.firstSeenAt))
      .limit(20);
    const ids = rows.map((r) => r.id);
    const asked = ids.length
      ? await db
          .select({ taskId: assignments.taskId, personId: assignments.personId })
          .from(assignments)
          .where(and(eq(assignments.countyId, county), inArray(assignments.taskId, ids)))
      : [];
    earlier = (await loadTasks(db, county, ids, { roles: NOTICE_ROLES, people: false })).map((t) => ({
      ...policyView(t),
      assignees: asked.filter((a) => a.taskId === t.id).map((a) => a.personId),
    }));
  }
  const base = task.flags.filter((f) => f === 'urgent' || f === 'calendar-unknown');
  const flags = [
    ...base,
    ...(task.sources.length > 1 ? ['relayed'] : []),
    ...policyFlags(view, earlier, { disabled: opts.disabledPolicies, notAdmitted: opts.notAdmitted }),
  ];
  await db
    .update(tasks)
    .set({ flags })
    .where(and(eq(tasks.countyId, county), eq(tasks.id, taskId)));
  await maybeNudge(db, county, taskId, opts.nudge);
}

function policyView(task: TaskView): PolicyTaskView {
  const first = task.sources[0];
  const urgent = task.flags.includes('urgent');
  return {
    kind: task.kind,
    requires: task.requires,
    recurrence: task.recurrence,
    urgent,
    texts: task.sources.map((s) => s.text),
    firstPostedAt: first?.at ?? task.firstSeenAt,
    firstPostedOnRestDay: isRestDayOrNight(first?.at ?? task.firstSeenAt),
    assignees: task.assignees,
  };
}
