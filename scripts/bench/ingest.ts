// npm run bench:ingest [-- --sizes 10000,200000 --sample 2000 --backends pglite,postgres]
// Ingest throughput and per-message latency, through the live ingest path (store + understand), on PGlite and
// on PostgreSQL (BENCH_DATABASE_URL, default the local server), measured when the store already holds each size.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { type Database, migrateDatabase, openDatabase } from '../../db/client.js';
import type { InboundMessageInput } from '../../src/core/inbound-schema.js';
import { DEFAULT_OFFICE_HOURS } from '../../src/core/types.js';
import { silentLogger } from '../../src/logger.js';
import { ingest } from '../../src/services/ingest.js';
import { importRoster } from '../../src/services/roster-import.js';
import { parseArgs } from '../lib/args.js';
import { syntheticCounty, traffic } from './traffic.js';

const { flags } = parseArgs(process.argv.slice(2));
const sizes = (flags.sizes ?? '10000,200000').split(',').map(Number);
const sample = Number(flags.sample ?? 2000);
const backends = (flags.backends ?? 'pglite,postgres').split(',');
const pgAdmin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const opts = { officeHours: DEFAULT_OFFICE_HOURS, relayWindowDays: 30 };

async function open(backend: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (backend === 'pglite') {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { database, drop: () => database.close() };
  }
  const name = `qingdan_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(pgAdmin, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(pgAdmin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  await migrateDatabase(database);
  return {
    database,
    drop: async () => {
      await database.close();
      await admin.unsafe(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function run(backend: string) {
  const { database, drop } = await open(backend);
  const county = syntheticCounty();
  const { county: id } = await importRoster(database.db, county.roster);
  const stream = traffic(county, '2026-03-02T08:00:00+08:00');
  const deps = { db: database.db, logger: silentLogger };
  const take = (n: number) => Array.from({ length: n }, () => stream.next().value as InboundMessageInput);
  let stored = 0;
  for (const size of sizes) {
    const fillStart = performance.now();
    const before = stored;
    while (stored < size - sample) {
      const batch = take(Math.min(500, size - sample - stored));
      await ingest(deps, id, batch, opts);
      stored += batch.length;
      if (stored % 20_000 < 500) process.stderr.write(`  ${backend}: ${stored} stored\r`);
    }
    const fillSecs = (performance.now() - fillStart) / 1000;
    // One message per call, as a bot posts them live.
    const latencies: number[] = [];
    const t0 = performance.now();
    for (const m of take(sample / 2)) {
      const s = performance.now();
      await ingest(deps, id, [m], opts);
      latencies.push(performance.now() - s);
    }
    const single = sample / 2 / ((performance.now() - t0) / 1000);
    // Batches of 100, as a bot delivers its spool or an integration posts in bulk.
    const t1 = performance.now();
    for (let i = 0; i < sample / 2; i += 100) await ingest(deps, id, take(100), opts);
    const batched = sample / 2 / ((performance.now() - t1) / 1000);
    stored += sample;
    console.log(
      JSON.stringify({
        backend,
        stored,
        single_msgs_per_s: Math.round(single),
        batched_msgs_per_s: Math.round(batched),
        p50_ms: +pct(latencies, 50).toFixed(2),
        p99_ms: +pct(latencies, 99).toFixed(2),
        fill_msgs_per_s: Math.round((stored - sample - before) / Math.max(fillSecs, 0.001)),
      }),
    );
  }
  await drop();
}

for (const b of backends) await run(b);
