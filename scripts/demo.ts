// npm run demo — a demo county (scripts/demo/) in its own embedded database (./data/demo), its last few days of
// group traffic replayed through the ingest endpoint, the service started, and signed links printed.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { groups, identities } from '../db/schema.js';
import { createApp } from '../src/app.js';
import { ConfigError, parseConfig } from '../src/config.js';
import { localParts } from '../src/core/time/index.js';
import { createLogger } from '../src/logger.js';
import { openConfigured } from '../src/process-setup.js';
import { issueCode, issueLink } from '../src/services/access.js';
import { importRoster } from '../src/services/roster-import.js';

interface Line {
  day: number;
  time: string;
  group: string;
  sender: string;
  text: string;
  mentions?: string[];
}

const here = (f: string) => new URL(`./demo/${f}`, import.meta.url);
const generated: string[] = [];
const secrets: Record<string, string> = {};
const secretOr = (name: string) => {
  const set = process.env[name];
  if (set) return set;
  generated.push(name);
  secrets[name] = randomBytes(24).toString('base64url');
  return secrets[name];
};
const port = process.env.PORT ?? '8787';
let config: ReturnType<typeof parseConfig>;
try {
  config = parseConfig({
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: process.env.DEMO_DATA_DIR ?? './data/demo',
    PORT: port,
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    LINK_SECRET: secretOr('LINK_SECRET'),
    ADMIN_TOKEN: secretOr('ADMIN_TOKEN'),
    INGEST_TOKEN: secretOr('INGEST_TOKEN'),
  });
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}

// A fresh demo database every run: the traffic is dated relative to today.
rmSync(join(config.database.dataDir, 'pglite'), { recursive: true, force: true });
const database = await openConfigured(config);
const { county } = await importRoster(database.db, JSON.parse(readFileSync(here('roster.json'), 'utf8')));
const app = createApp({ db: database.db, config, clock: () => new Date(), logger: createLogger('error') });

const now = new Date();
const today = localParts(now).date;
const traffic = JSON.parse(readFileSync(here('traffic.json'), 'utf8')) as Line[];
const batch = traffic
  .map((l, i) => {
    const at = new Date(Date.parse(`${today}T${l.time}:00+08:00`) + l.day * 86_400_000);
    return {
      id: `demo-${i + 1}`,
      at: `${localParts(at).date}T${l.time}:00+08:00`,
      platform: 'wechat',
      group: l.group,
      sender: l.sender,
      type: 'text' as const,
      text: l.text,
      ...(l.mentions ? { mentions: l.mentions } : {}),
    };
  })
  // Messages of later today have not been posted yet.
  .filter((m) => Date.parse(m.at) <= now.getTime());
const res = await app.request('/api/messages', {
  method: 'POST',
  headers: { authorization: `Bearer ${config.auth.ingestToken}`, 'content-type': 'application/json' },
  body: JSON.stringify(batch),
});
const summary = (await res.json()) as { stored: number; items: { task?: string | null }[] };
const tasks = new Set(summary.items.map((i) => i.task).filter(Boolean)).size;

// What a bot would have recorded for an admin to confirm: a group and an account the roster does not know.
await database.db.insert(groups).values({
  countyId: county,
  id: 'pending-wechat-demo',
  platform: 'wechat',
  name: '桃源镇防汛值班群',
  binding: '桃源镇防汛值班群',
  pending: true,
});
await database.db.insert(identities).values({
  countyId: county,
  platform: 'wechat',
  externalId: 'name:桃源村小钟',
  displayName: '桃源村小钟',
  pending: true,
});

const deps = { db: database.db, config };
const cadre = await issueLink(deps, county, 'y05', now);
const leader = await issueLink(deps, county, 'y04', now);
const code = await issueCode(deps, county, 'y06', now);
serve({ fetch: app.fetch, port: config.port }, () => {
  const out = [
    '',
    `清单 demo: ${summary.stored} group messages replayed into ${tasks} tasks (${config.database.dataDir})`,
    ...generated.map((n) => `${n} (generated for this demo, not set in the environment): ${secrets[n]}`),
    '',
    `Cadre 范立新 (桃源村书记), 打开清单:  ${cadre.url}`,
    `Leader 蒋雅琴 (桃源镇党政办), 任务进度: ${leader.url}`,
    `Login code for 钟小梅 (网格员), valid 10 minutes: ${code.code}  at ${config.pages.publicUrl}/login`,
    `Admin roster: ${config.pages.publicUrl}/admin/login`,
    '',
    'Open a link on a phone-sized window (360 px). Ctrl+C stops the demo.',
  ];
  console.log(out.join('\n'));
});
const stop = () => database.close().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
