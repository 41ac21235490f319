// Measures src/core/classify against a corpus with gold: npx tsx scripts/dev/eval-classify.ts [corpusDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, parseAddressees, resolveAddressees } from '../../src/core/classify/index.js';
import type { InboundMessage, Roster } from '../../src/core/types.js';

interface GoldTask {
  kind: string | string[];
  requires: string[] | string[][];
  assignees: string[];
}
interface Gold {
  messages: Record<string, { directive: boolean; task?: string }>;
  tasks: Record<string, GoldTask>;
}

const dir = process.argv[2] ?? '/work/shared/corpus/dev';
const roster = JSON.parse(readFileSync(join(dir, 'roster.json'), 'utf8')) as Roster;
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
const messages = readFileSync(join(dir, 'messages.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as InboundMessage);
const byId = new Map(messages.map((m) => [m.id, m]));

// (1) directive precision/recall on text messages.
let tp = 0;
let fp = 0;
let fn = 0;
for (const m of messages) {
  if (m.type !== 'text' || !m.text) continue;
  const want = gold.messages[m.id]?.directive ?? false;
  const got = classify(m.text).directive;
  if (want && got) tp++;
  else if (got) {
    fp++;
    console.log(`FP ${m.id}: ${m.text}`);
  } else if (want) {
    fn++;
    console.log(`FN ${m.id}: ${m.text}`);
  }
}
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(`directive: P=${p.toFixed(3)} R=${r.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})\n`);

// Sources of each task, in message order.
const sources = new Map<string, InboundMessage[]>();
for (const m of messages) {
  const t = gold.messages[m.id]?.task;
  if (t) sources.set(t, [...(sources.get(t) ?? []), m]);
}

// (2) kind and requires on each task's first source.
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
let kindOk = 0;
let reqOk = 0;
let n = 0;
for (const [id, task] of Object.entries(gold.tasks)) {
  const first = sources.get(id)?.[0];
  if (!first?.text) continue;
  n++;
  const c = classify(first.text);
  const kinds = Array.isArray(task.kind) ? task.kind : [task.kind];
  const reqSets = (Array.isArray(task.requires[0]) ? task.requires : [task.requires]) as string[][];
  if (c.kind && kinds.includes(c.kind)) kindOk++;
  else console.log(`KIND ${id} ${first.id}: want ${kinds.join('|')} got ${c.kind} :: ${first.text}`);
  // Requires of the first source only: a later source may add to the union (e.g. ack from a relay).
  const union = new Set(reqSets.flat());
  const firstOk = reqSets.some((s) => same(s, c.requires)) || c.requires.every((x) => union.has(x));
  if (reqSets.some((s) => same(s, c.requires)) || (sources.get(id)!.length > 1 && firstOk)) reqOk++;
  else
    console.log(
      `REQ ${id} ${first.id}: want ${JSON.stringify(task.requires)} got ${JSON.stringify(c.requires)}`,
    );
}
console.log(`kind: ${kindOk}/${n}  requires: ${reqOk}/${n}\n`);

// (3) assignees of single-source tasks posted in a group.
let aOk = 0;
let aN = 0;
for (const [id, task] of Object.entries(gold.tasks)) {
  const srcs = sources.get(id) ?? [];
  const first = srcs[0];
  if (srcs.length !== 1 || !first?.text || !first.group) continue;
  const group = roster.groups.find((g) => g.id === first.group);
  if (!group) continue;
  aN++;
  const specs = parseAddressees(first.text);
  const got = resolveAddressees(specs, group.members, roster, first.sender, roster.bot);
  if (same(got, task.assignees)) aOk++;
  else {
    const missing = task.assignees.filter((x) => !got.includes(x));
    const extra = got.filter((x) => !task.assignees.includes(x));
    console.log(`ASSIGN ${id} ${first.id}: specs ${JSON.stringify(specs)} missing ${missing} extra ${extra}`);
  }
}
console.log(`assignees (single-source): ${aOk}/${aN}`);
void byId;
