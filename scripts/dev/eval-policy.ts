// Dev loop: policy markers computed from the gold task fields vs the gold policy flags.
// Run: npx tsx scripts/dev/eval-policy.ts [corpusDir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { type PolicyTaskView, policyFlags } from '../../src/core/policy/index.js';
import type { Kind, Requirement } from '../../src/core/types.js';

interface GoldTask {
  kind: Kind | Kind[];
  requires: Requirement[] | Requirement[][];
  recurrence: string | null;
  assignees: string[];
  flags: string[];
}
interface Msg {
  id: string;
  at: string;
  text?: string;
}

const dir = process.argv[2] ?? '/work/shared/corpus/dev';
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
  messages: Record<string, { task?: string }>;
  tasks: Record<string, GoldTask>;
};
const messages = new Map<string, Msg>();
for (const line of readFileSync(join(dir, 'messages.jsonl'), 'utf8').split('\n')) {
  if (line.trim()) {
    const m = JSON.parse(line) as Msg;
    messages.set(m.id, m);
  }
}
const sources = new Map<string, Msg[]>();
for (const [id, v] of Object.entries(gold.messages)) {
  const m = messages.get(id);
  if (!v.task || !m) continue;
  sources.set(v.task, [...(sources.get(v.task) ?? []), m]);
}

function first<T>(v: T | T[]): T {
  return Array.isArray(v) ? (v[0] as T) : v;
}

const views = new Map<string, PolicyTaskView>();
for (const [id, t] of Object.entries(gold.tasks)) {
  const src = (sources.get(id) ?? []).sort((a, b) => a.at.localeCompare(b.at));
  const at = src[0]?.at ?? '';
  const requires = Array.isArray(t.requires[0])
    ? (t.requires[0] as Requirement[])
    : (t.requires as Requirement[]);
  views.set(id, {
    kind: first(t.kind),
    requires,
    recurrence: t.recurrence,
    urgent: t.flags.includes('urgent'),
    texts: src.map((m) => m.text ?? ''),
    firstPostedAt: at,
    firstPostedOnRestDay: at ? !chineseDays.isWorkday(at.slice(0, 10)) : false,
    assignees: t.assignees,
  });
}

const DAY = 24 * 3600 * 1000;
let tp = 0;
let fp = 0;
let fn = 0;
const perFlag = new Map<string, { tp: number; fp: number; fn: number }>();
const bump = (flag: string, k: 'tp' | 'fp' | 'fn') => {
  const c = perFlag.get(flag) ?? { tp: 0, fp: 0, fn: 0 };
  c[k] += 1;
  perFlag.set(flag, c);
};
for (const [id, view] of views) {
  const at = Date.parse(view.firstPostedAt);
  const earlier = [...views.entries()]
    .filter(([oid, o]) => oid !== id && o.kind === 'report')
    .filter(([, o]) => Date.parse(o.firstPostedAt) < at && at - Date.parse(o.firstPostedAt) <= 30 * DAY)
    .map(([, o]) => o);
  const got = new Set(policyFlags(view, earlier));
  const want = new Set((gold.tasks[id]?.flags ?? []).filter((f) => f.startsWith('policy:')));
  for (const f of got) {
    if (want.has(f)) {
      tp++;
      bump(f, 'tp');
    } else {
      fp++;
      bump(f, 'fp');
      console.log(`FP ${id} ${f}  (${view.kind}) ${view.texts[0]?.slice(0, 80)}`);
    }
  }
  for (const f of want) {
    if (!got.has(f)) {
      fn++;
      bump(f, 'fn');
      console.log(`FN ${id} ${f}  (${view.kind}) ${view.texts[0]?.slice(0, 80)}`);
    }
  }
}
const p = tp / Math.max(1, tp + fp);
const r = tp / Math.max(1, tp + fn);
const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
for (const [flag, c] of [...perFlag.entries()].sort())
  console.log(`${flag.padEnd(26)} tp=${c.tp} fp=${c.fp} fn=${c.fn}`);
console.log(
  `policy markers: tp=${tp} fp=${fp} fn=${fn} precision=${p.toFixed(3)} recall=${r.toFixed(3)} F1=${f1.toFixed(3)}`,
);
