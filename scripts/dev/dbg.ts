// Ad-hoc look at how the text and classify helpers read messages of a corpus: npx tsx scripts/dev/dbg.ts DIR ID [ORIGINAL_ID]
import { readFileSync } from 'node:fs';
import { classify, detectChange, parseAddressees } from '../../src/core/classify/index.js';
import { addedWords, keyFacts, normalize, overlap, sameNotice } from '../../src/core/text/index.js';
import { readTime } from '../../src/core/time/index.js';

const [dir, a, b] = process.argv.slice(2) as [string, string, string | undefined];
const msgs = new Map<string, { text?: string; at: string }>(
  readFileSync(`${dir}/messages.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((m) => [m.id, m]),
);
const ta = msgs.get(a)!;
console.log('classify', classify(ta.text ?? ''), 'change', detectChange(ta.text ?? ''));
console.log('time', readTime(ta.text ?? '', ta.at));
console.log('specs', JSON.stringify(parseAddressees(ta.text ?? '')));
if (b) {
  const tb = msgs.get(b)!.text ?? '';
  const own = addedWords(ta.text ?? '', tb);
  console.log(
    'same',
    sameNotice(ta.text ?? '', tb),
    'overlap',
    overlap(normalize(ta.text ?? ''), normalize(tb)),
  );
  console.log('added', JSON.stringify(own), JSON.stringify(parseAddressees(own)));
  console.log('facts', JSON.stringify(keyFacts(ta.text ?? '')), JSON.stringify(keyFacts(tb)));
}
