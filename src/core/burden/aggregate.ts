// The burden view: what reached the people of a scope in one week, counted by message and by task,
// and broken down by kind, issuing organisation and policy marker. People are never listed or ranked.
import { POLICY_RULES } from '../policy/index.js';
import { isRestDayOrNight } from '../time/index.js';
import { KINDS, type Kind } from '../types.js';
import { issuingOrg, resolveScope } from './scope.js';
import type { BurdenData, BurdenScope, BurdenTask, BurdenView, FlaggedTask, IssuerRow } from './types.js';

const isPolicy = (f: string) => f.startsWith('policy:');

/** The view of one scope; null when the scope names no one in the roster. */
export function burdenView(data: BurdenData, scope: BurdenScope): BurdenView | null {
  const resolved = resolveScope(scope, data.roster);
  if (!resolved) return null;
  const inScope = resolved.people;
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  const members = new Map(data.roster.groups.map((g) => [g.id, g.members]));

  let messages = 0;
  let messagesInGroups = 0;
  let afterHours = 0;
  const personTasks = new Set<string>();
  const reached = new Set<string>();
  const messagesByTask = new Map<string, number>();
  for (const s of data.sources) {
    const at = Date.parse(s.at);
    if (!(at >= data.week.start && at < data.week.end)) continue;
    const task = tasks.get(s.taskId);
    if (!task) continue;
    const addressed = [...new Set(s.addressees)].filter((p) => inScope.has(p));
    if (s.groupId !== null) {
      const seen = members.get(s.groupId) ?? [];
      messagesInGroups += seen.filter(
        (p) => p !== s.senderId && p !== data.roster.bot && inScope.has(p),
      ).length;
    }
    if (addressed.length === 0) continue;
    messages += addressed.length;
    reached.add(task.id);
    messagesByTask.set(task.id, (messagesByTask.get(task.id) ?? 0) + addressed.length);
    for (const p of addressed) personTasks.add(`${p}\u0000${task.id}`);
    // Urgent demands may come at any hour; the rules restrict the others.
    if (!task.flags.includes('urgent') && isRestDayOrNight(s.at)) afterHours += addressed.length;
  }

  const reachedTasks = [...reached]
    .map((id) => tasks.get(id)!)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const issuerOf = (t: BurdenTask) => issuingOrg(t, data.roster);
  const flagged: FlaggedTask[] = reachedTasks
    .filter((t) => t.flags.some(isPolicy))
    .map((t) => ({ id: t.id, title: t.title, issuer: issuerOf(t).name, flags: t.flags.filter(isPolicy) }));

  return {
    week: { label: data.week.label, from: data.week.from, to: data.week.to },
    scope: {
      type: scope.type,
      id: scope.type === 'county' ? '' : scope.id,
      name: resolved.name,
      people: inScope.size,
    },
    messages,
    messagesInGroups,
    personTasks: personTasks.size,
    merged: messages - personTasks.size,
    tasks: reachedTasks.length,
    byKind: countByKind(reachedTasks),
    byIssuer: countByIssuer(reachedTasks, messagesByTask, issuerOf),
    byRule: POLICY_RULES.map((r) => ({
      flag: r.id,
      title: r.title,
      tasks: reachedTasks.filter((t) => t.flags.includes(r.id)).length,
    })),
    afterHours: { messages: afterHours, share: messages === 0 ? 0 : afterHours / messages },
    repeatData: {
      tasks: flagged.filter((t) => t.flags.includes('policy:repeat-data')).length,
      items: flagged.filter((t) => t.flags.includes('policy:repeat-data')),
    },
    flagged,
  };
}

function countByKind(tasks: BurdenTask[]): { kind: Kind; tasks: number }[] {
  return KINDS.map((kind) => ({ kind, tasks: tasks.filter((t) => t.kind === kind).length })).filter(
    (k) => k.tasks > 0,
  );
}

/** Issuing organisations, most tasks first (organisations may be compared; people are not). */
function countByIssuer(
  tasks: BurdenTask[],
  messagesByTask: Map<string, number>,
  issuerOf: (t: BurdenTask) => Pick<IssuerRow, 'id' | 'name' | 'level'>,
): IssuerRow[] {
  const rows = new Map<string, IssuerRow>();
  for (const t of tasks) {
    const org = issuerOf(t);
    const row = rows.get(org.id) ?? { ...org, tasks: 0, messages: 0, flaggedTasks: 0 };
    row.tasks++;
    row.messages += messagesByTask.get(t.id) ?? 0;
    if (t.flags.some(isPolicy)) row.flaggedTasks++;
    rows.set(org.id, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.tasks - a.tasks || b.messages - a.messages || a.id.localeCompare(b.id),
  );
}
