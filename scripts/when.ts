// Prints the time reading of a text as JSON.
// Usage: npm run --silent when -- --now 2026-11-23T08:00:00+08:00 [--kind meeting] 请今天下午5点前报送
import { readTime } from '../src/core/time/index.js';

const args = process.argv.slice(2);
let now: string | undefined;
let kind: string | undefined;
const words: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--now') now = args[++i];
  else if (a === '--kind') kind = args[++i];
  else if (a !== undefined) words.push(a);
}
if (!now || words.length === 0) {
  process.stderr.write('usage: when --now ISO [--kind KIND] TEXT\n');
  process.exit(2);
}
const reading = readTime(words.join(' '), now, kind ? { kind } : {});
process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
