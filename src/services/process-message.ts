// Understands one stored message and updates tasks, sources, assignments and completions in one transaction.
// The understanding itself is pure (core/understand); this file only loads what it needs and writes what it decided.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messages } from '../../db/schema.js';
import { classify, parseAddressees, resolveAddressees } from '../core/classify/index.js';
import { addedWords, overlap, sameNotice } from '../core/text/index.js';
import type { InboundMessage, Roster } from '../core/types.js';
import { type DirectiveReading, readMessage } from '../core/understand/read-message.js';
import { ackTarget, doneTarget, findReferencedTask } from '../core/understand/targets.js';
import type { TaskView } from '../core/understand/views.js';
import { afterMessage, handleDirectMessage } from './conversation.js';
import {
  loadTasks,
  NOTICE_ROLES,
  taskIdOfMessage,
  taskIdsByBands,
  taskIdsOfPerson,
  taskIdsPostedIn,
} from './task-store.js';
import {
  addSource,
  cancelTask,
  createTask,
  moveDeadline,
  recordCompletion,
  refreshFlags,
} from './task-write.js';
import type { UnderstandingOptions } from './understanding-options.js';

const DAY = 86_400_000;

export interface Outcome {
  directive: boolean;
  taskId: string | null;
}

export async function processMessage(
  db: Db,
  county: string,
  seq: number,
  msg: InboundMessage,
  roster: Roster,
  opts: UnderstandingOptions,
): Promise<Outcome> {
  return db.transaction(async (txn) => {
    const tx = txn as unknown as Db;
    // One writer per county at a time: decisions read the tasks earlier messages wrote.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${county}))`);
    const outcome = await understandAndApply(tx, county, seq, msg, roster, opts);
    await afterMessage(tx, county, seq, msg, outcome, roster, opts);
    await tx
      .update(messages)
      .set({ state: 'processed', error: null, directive: outcome.directive, taskId: outcome.taskId })
      .where(and(eq(messages.countyId, county), eq(messages.seq, seq)));
    return outcome;
  });
}

async function understandAndApply(
  db: Db,
  county: string,
  seq: number,
  msg: InboundMessage,
  roster: Roster,
  opts: UnderstandingOptions,
): Promise<Outcome> {
  const reading = readMessage(msg, { officeHours: opts.officeHours });
  const none: Outcome = { directive: false, taskId: null };
  const since = new Date(Date.parse(msg.at) - opts.relayWindowDays * DAY);
  switch (reading.type) {
    case 'directive':
      return {
        directive: true,
        taskId: await applyDirective(db, county, seq, msg, reading, roster, since, opts),
      };
    case 'reply': {
      const hadQuote = msg.quote !== undefined;
      const quotedId = hadQuote ? await taskIdOfMessage(db, county, msg.quote!) : null;
      const ids = msg.group
        ? await taskIdsPostedIn(db, county, msg.group, since, 100)
        : await taskIdsOfPerson(db, county, msg.sender);
      const tasks = await loadTasks(db, county, quotedId ? [...ids, quotedId] : ids, {
        groupId: msg.group ?? undefined,
        personId: msg.sender,
      });
      const quoted = tasks.find((t) => t.id === quotedId) ?? null;
      if (reading.ack && msg.group) {
        const t = ackTarget(msg.sender, msg.group, quoted, hadQuote, tasks);
        if (t) await recordCompletion(db, county, t, msg.sender, 'ack', msg);
      }
      if (reading.done) {
        const t = doneTarget(msg.sender, msg.group, reading.done, quoted, hadQuote, tasks, msg.at);
        if (t) await recordCompletion(db, county, t, msg.sender, 'done', msg);
      }
      return none;
    }
    case 'command':
      return handleDirectMessage(db, county, msg, reading.command, roster, opts);
    default:
      return none;
  }
}

/** Members of the message's group addressed by `specs` (all members when none), minus the sender. */
function addresseesIn(msg: InboundMessage, roster: Roster, text: string): string[] {
  if (msg.group === null) return [msg.sender];
  const group = roster.groups.find((g) => g.id === msg.group);
  if (!group) return [];
  const specs = msg.mentions?.includes('all') ? [{ type: 'all' as const }] : parseAddressees(text);
  return resolveAddressees(specs, group.members, roster, msg.sender, roster.bot);
}

async function applyDirective(
  db: Db,
  county: string,
  seq: number,
  msg: InboundMessage,
  reading: DirectiveReading,
  roster: Roster,
  since: Date,
  opts: UnderstandingOptions,
): Promise<string> {
  const direct = msg.group === null;
  // 1. A relay of a known notice (candidates from the band index only).
  const candidates = await loadTasks(db, county, await taskIdsByBands(db, county, reading.bands, since), {
    roles: NOTICE_ROLES,
  });
  // The relayer's own words are what it adds to the notice it copies (original, reminder, change).
  let best: { task: TaskView; text: string; score: number } | null = null;
  for (const task of candidates) {
    for (const s of task.sources) {
      if (!sameNotice(s.text, reading.text)) continue;
      const score = overlap(s.norm, reading.norm);
      if (!best || score > best.score) best = { task, text: s.text, score };
    }
  }
  // The relay's own group is all a relay needs of the task (isReissue, requires, first seen).
  const relayOf = best
    ? (await loadTasks(db, county, [best.task.id], { groupId: msg.group ?? undefined, people: false }))[0]
    : undefined;
  if (best && relayOf && !isReissue(relayOf, msg)) {
    const own = addedWords(reading.text, best.text);
    const addressees = direct ? [msg.sender] : addresseesIn(msg, roster, own);
    const requires = classify(reading.text).requires;
    await addSource(db, county, relayOf, {
      seq,
      msg,
      role: direct ? 'forward' : 'relay',
      reading,
      addressees,
      requires,
    });
    await refreshFlags(db, county, relayOf.id, opts);
    return relayOf.id;
  }
  // 2. A reminder, deadline change or withdrawal of a task posted in this group.
  if (reading.change && !direct) {
    const posted = await loadTasks(db, county, await taskIdsPostedIn(db, county, msg.group, since, 60), {
      roles: NOTICE_ROLES,
    });
    const referenced = findReferencedTask(reading.text, posted);
    const target = referenced ? (await loadTasks(db, county, [referenced.id]))[0] : undefined;
    if (target && !(reading.change.type === 'remind' && isSettled(target))) {
      const named = addresseesIn(msg, roster, reading.text);
      const addressees =
        reading.specs.length > 0 || msg.mentions?.length ? named : firstAddresseesIn(target, msg.group);
      const role =
        reading.change.type === 'cancel' ? 'cancel' : reading.change.type === 'move' ? 'change' : 'reminder';
      await addSource(db, county, target, {
        seq,
        msg,
        role,
        reading,
        addressees: role === 'cancel' ? [] : addressees,
        requires: reading.requires,
      });
      if (role === 'cancel') await cancelTask(db, county, target.id);
      if (role === 'change' && reading.time.deadline)
        await moveDeadline(db, county, target.id, reading.time.deadline);
      await refreshFlags(db, county, target.id, opts);
      return target.id;
    }
  }
  // 3. A new task.
  const addressees = addresseesIn(msg, roster, reading.text);
  const id = await createTask(db, county, {
    seq,
    msg,
    reading,
    addressees,
    origin: direct ? 'forward' : 'original',
  });
  await refreshFlags(db, county, id, opts);
  return id;
}

/** The members a task's first posting in a group addressed (a reminder naming nobody addresses them again). */
function firstAddresseesIn(task: TaskView, groupId: string | null): string[] {
  return task.sources.find((s) => s.groupId === groupId && s.role !== 'cancel')?.addressees ?? [];
}

/** Everyone has done it: a new request for the same thing is a new task. */
function isSettled(task: TaskView): boolean {
  return (
    task.assignees.length > 0 &&
    task.assignees.every((p) => task.completions.some((c) => c.personId === p && c.status === 'done'))
  );
}

/** The same sender posting the same notice in the same group after its deadline: a new round, not a relay. */
function isReissue(task: TaskView, msg: InboundMessage): boolean {
  if (!task.deadline || task.recurrence) return false;
  const again = task.sources.some((s) => s.groupId === msg.group && s.senderId === msg.sender);
  return again && Date.parse(task.deadline) < Date.parse(msg.at);
}
