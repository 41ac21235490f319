// The county's tasks as the replay document shows them (corpus README): messages, tasks, completions.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { completions, messages, tasks } from '../../db/schema.js';
import { isoLocal } from '../core/understand/occurrence.js';
import { loadTasks } from './task-store.js';

export async function exportState(db: Db, county: string) {
  const msgs = await db
    .select({
      id: messages.platformId,
      directive: messages.directive,
      task: messages.taskId,
      state: messages.state,
    })
    .from(messages)
    .where(eq(messages.countyId, county))
    .orderBy(asc(messages.seq));
  const ids = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.countyId, county));
  const all = await loadTasks(
    db,
    county,
    ids.map((r) => r.id),
  );
  const done = await db
    .select()
    .from(completions)
    .where(and(eq(completions.countyId, county)))
    .orderBy(asc(completions.at));
  // One `done` per person per task is enough in the output, whatever the occurrences.
  const seen = new Set<string>();
  const outCompletions = [];
  for (const c of done) {
    const key = `${c.taskId}|${c.personId}|${c.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    outCompletions.push({
      task: c.taskId,
      person: c.personId,
      status: c.status,
      message: c.messageId,
      at: isoLocal(c.at.getTime()),
    });
  }
  return {
    messages: msgs.map((m) =>
      m.directive
        ? { id: m.id, directive: true, task: m.task }
        : { id: m.id, directive: false, ...(m.state === 'failed' ? { error: true } : {}) },
    ),
    tasks: all.map((t) => ({
      id: t.id,
      title: t.title,
      kind: t.kind,
      deadline: t.deadline,
      recurrence: t.recurrence,
      requires: t.requires,
      assignees: t.assignees.sort(),
      flags: t.flags,
      status: t.status,
      sources: t.sources.map((s) => s.messageId),
    })),
    completions: outCompletions,
  };
}
