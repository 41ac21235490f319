// Dev loop for the time reader: each gold task's first source message against its gold deadline,
// recurrence and urgent flag. Usage: npx tsx scripts/dev/eval-time.ts [corpus-dir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTime } from '../../src/core/time/index.js';

interface GoldTask {
  kind: string | string[];
  deadline: string | null;
  recurrence: string | null;
  flags: string[];
}
interface Gold {
  messages: Record<string, { directive: boolean; task?: string }>;
  tasks: Record<string, GoldTask>;
}
interface Msg {
  id: string;
  at: string;
  text?: string;
  title?: string;
}

const dir = process.argv[2] ?? '/work/shared/corpus/dev';
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
const messages = readFileSync(join(dir, 'messages.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Msg);
const SKIP = new Set(['T4', 'T28']);

const first = new Map<string, Msg>();
for (const m of messages) {
  const task = gold.messages[m.id]?.task;
  if (task && !first.has(task)) first.set(task, m);
}

const norm = (iso: string | null): number | null => (iso ? Date.parse(iso) : null);
let total = 0;
const ok = { deadline: 0, recurrence: 0, urgent: 0, all: 0 };
for (const [task, m] of first) {
  const g = gold.tasks[task];
  if (!g) continue;
  const kind = Array.isArray(g.kind) ? g.kind[0] : g.kind;
  const r = readTime(m.text ?? m.title ?? '', m.at, { kind });
  const hits = {
    deadline: norm(r.deadline) === norm(g.deadline),
    recurrence: r.recurrence === g.recurrence,
    urgent: r.urgent === g.flags.includes('urgent'),
  };
  const good = hits.deadline && hits.recurrence && hits.urgent;
  if (!good) {
    const tag = SKIP.has(task) ? ' (skipped: changed later)' : '';
    console.log(`✗ ${task}${tag} ${m.id} ${m.at} [${kind}] ${m.text}`);
    console.log(`    got  ${r.deadline} ${r.recurrence} urgent=${r.urgent}`);
    console.log(`    gold ${g.deadline} ${g.recurrence} urgent=${g.flags.includes('urgent')}`);
  }
  if (SKIP.has(task)) continue;
  total++;
  for (const k of ['deadline', 'recurrence', 'urgent'] as const) if (hits[k]) ok[k]++;
  if (good) ok.all++;
}
console.log(
  `tasks ${total}: deadline ${ok.deadline}/${total}, recurrence ${ok.recurrence}/${total}, ` +
    `urgent ${ok.urgent}/${total}, all ${ok.all}/${total}`,
);
