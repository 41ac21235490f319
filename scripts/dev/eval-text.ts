// Measures the relay matcher (src/core/text) against the dev corpus gold:
//   npx tsx scripts/dev/eval-text.ts [corpus-dir]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addedWords, fingerprint, normalize, overlap, sameNotice } from '../../src/core/text/index';

interface Msg {
  id: string;
  group: string | null;
  text?: string;
  title?: string;
}
interface Gold {
  messages: Record<string, { directive: boolean; task?: string }>;
}

const dir = process.argv[2] ?? join(import.meta.dirname, '../../../shared/corpus/dev');
const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
const msgs = readFileSync(join(dir, 'messages.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Msg);

// Reminders, changes and cancellations are matched by other means; NOTES.md names them ('m078 reminder').
let notes = '';
try {
  notes = readFileSync(join(dir, 'NOTES.md'), 'utf8');
} catch {
  // no notes: the overlap < 0.5 rule below is the only scope filter
}
const followUps = new Set([...notes.matchAll(/\b(m\d+) (?:reminder|change|cancel)\b/g)].map((m) => m[1]));

const directives = msgs
  .filter((m) => gold.messages[m.id]?.directive && (m.text ?? '').length > 0)
  .map((m) => ({
    ...m,
    text: m.text ?? '',
    task: gold.messages[m.id]?.task ?? '',
    fp: fingerprint(m.text ?? ''),
  }));

let tp = 0;
let fp = 0;
let fn = 0;
let tn = 0;
let outSame = 0;
let followSame = 0;
let followPredicted = 0;
let outPredicted = 0;
let relayPairs = 0;
let relayBandHits = 0;
let otherBandHits = 0;
let otherPairs = 0;
const errors: string[] = [];
const t0 = performance.now();
for (let i = 0; i < directives.length; i++) {
  for (let j = i + 1; j < directives.length; j++) {
    const a = directives[i];
    const b = directives[j];
    if (!a || !b) continue;
    const gs = a.task === b.task;
    const ov = overlap(a.fp.norm, b.fp.norm);
    const pred = sameNotice(a.text, b.text);
    const shareBand = a.fp.bands.some((k) => b.fp.bands.includes(k));
    if (followUps.has(a.id) || followUps.has(b.id)) {
      if (gs) followSame++;
      if (gs && pred) followPredicted++;
      if (!gs && pred) errors.push(`FP (follow-up) ${a.id}(${a.task})/${b.id}(${b.task})`);
      continue;
    }
    if (ov < 0.5) {
      if (gs) outSame++;
      if (pred) outPredicted++;
      if (gs && pred) errors.push(`out-of-scope predicted same: ${a.id}/${b.id}`);
      continue;
    }
    if (gs) {
      relayPairs++;
      if (shareBand) relayBandHits++;
      else errors.push(`relay pair shares no band: ${a.id}/${b.id} ov=${ov.toFixed(2)}`);
    } else {
      otherPairs++;
      if (shareBand) otherBandHits++;
    }
    if (gs && pred) tp++;
    else if (gs) {
      fn++;
      errors.push(`FN ${a.id}/${b.id} (${a.task}) ov=${ov.toFixed(2)}`);
    } else if (pred) {
      fp++;
      errors.push(`FP ${a.id}(${a.task})/${b.id}(${b.task}) ov=${ov.toFixed(2)}`);
    } else tn++;
  }
}
const ms = performance.now() - t0;

console.log('== added words (relay vs the first message of its task) ==');
const first = new Map<string, (typeof directives)[number]>();
for (const d of directives) {
  const orig = first.get(d.task);
  if (!orig) {
    first.set(d.task, d);
    continue;
  }
  if (followUps.has(d.id) || overlap(normalize(d.text), orig.fp.norm) < 0.5) continue;
  console.log(`${d.id} (${d.task}, vs ${orig.id}): ${JSON.stringify(addedWords(d.text, orig.text))}`);
}

console.log('\n== errors ==');
for (const e of errors) console.log(e);
const n = directives.length;
console.log('\n== summary ==');
console.log(
  `directive messages with text: ${n}, pairs: ${(n * (n - 1)) / 2}, pairwise time ${ms.toFixed(0)} ms`,
);
console.log(`in scope (overlap >= 0.5): TP ${tp}, FP ${fp}, FN ${fn}, TN ${tn}`);
console.log(
  `sameNotice precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`,
);
console.log(
  `out of scope (overlap < 0.5): ${outSame} gold-same pairs (reminders/changes), ${outPredicted} predicted same`,
);
console.log(
  `follow-ups (reminder/change/cancel in NOTES.md): ${followSame} gold-same pairs, ${followPredicted} predicted same`,
);
console.log(`relay pairs sharing >= 1 band key: ${relayBandHits}/${relayPairs}`);
console.log(`other in-scope pairs sharing a band key (candidates to verify): ${otherBandHits}/${otherPairs}`);
