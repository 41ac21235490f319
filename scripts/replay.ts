// npm run --silent replay -- --roster ROSTER.json --messages MESSAGES.jsonl
// A fresh embedded database, the live ingest path for every message in order, one JSON document on stdout.
import { readFileSync } from 'node:fs';
import { migrateDatabase, openDatabase } from '../db/client.js';
import { createApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { exportState } from '../src/services/export-state.js';
import { importRoster } from '../src/services/roster-import.js';
import { listDeliveries, replayScheduler } from '../src/services/schedule-replay.js';
import { parseArgs } from './lib/args.js';

const { flags } = parseArgs(process.argv.slice(2));
if (!flags.roster || !flags.messages) {
  console.error('usage: npm run --silent replay -- --roster ROSTER.json --messages MESSAGES.jsonl');
  process.exit(2);
}
const token = 'replay-token-not-secret-0000';
const config = parseConfig({ ...process.env, DATABASE_URL: '', INGEST_TOKEN: token });
const database = await openDatabase({});
await migrateDatabase(database);
const { county } = await importRoster(database.db, JSON.parse(readFileSync(flags.roster, 'utf8')));
const lines = readFileSync(flags.messages, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
let clock = new Date(0);
const logger = createLogger('error');
const app = createApp({ db: database.db, config, clock: () => clock, logger });
// The scheduler runs across the replayed period, every 15 minutes of simulated time.
const scheduler = replayScheduler({ db: database.db, config, logger });
let failed = 0;
for (const [i, line] of lines.entries()) {
  let msg: { at?: string };
  try {
    msg = JSON.parse(line);
  } catch {
    console.error(`line ${i + 1}: not JSON, skipped`);
    continue;
  }
  if (msg.at) {
    clock = new Date(msg.at);
    await scheduler.until(clock);
  }
  const res = await app.request('/api/messages', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: line,
  });
  if (res.status >= 300) {
    failed++;
    console.error(`line ${i + 1}: ${res.status} ${await res.text()}`);
  } else scheduler.touched(await res.json());
}
await scheduler.finish();
const out = {
  ...(await exportState(database.db, county)),
  deliveries: await listDeliveries(database.db, county),
};
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
if (failed > 0) console.error(`${failed} messages refused`);
if (process.env.REPLAY_DEBUG) console.error('scheduler', scheduler.stats());
await database.close();
