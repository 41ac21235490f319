// npm run bench:inbox-page — the cadre's inbox page at 1,000 open tasks: page weight (HTML, CSS, script bytes,
// gzip) and server render time (database load + render through app.request), on a fresh in-memory PGlite.
import { gzipSync } from 'node:zlib';
import { migrateDatabase, openDatabase } from '../../db/client.js';
import { assignments, taskSources, tasks } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { CSS, UPLOAD_SCRIPT } from '../../src/pages/assets.js';
import { issueLink } from '../../src/services/access.js';
import { importRoster } from '../../src/services/roster-import.js';

const N = Number(process.argv[2] ?? 1000);
const RUNS = 20;
const now = new Date('2026-12-07T10:00:00+08:00');
const database = await openDatabase({});
await migrateDatabase(database);
const { db } = database;
await importRoster(db, {
  bot: 'bot',
  orgs: [
    { id: 'b', name: '测试县', level: 'county', parent: null },
    { id: 'b-t', name: '测试镇', level: 'township', parent: 'b' },
    { id: 'b-v', name: '测试村', level: 'village', parent: 'b-t' },
  ],
  people: [
    { id: 'lead', name: '镇干部', title: '党政办主任', org: 'b-t', role: 'leader' },
    { id: 'me', name: '村干部', title: '村党支部书记', org: 'b-v', role: 'cadre' },
  ],
  groups: [
    { id: 'g1', platform: 'wechat', name: '测试镇工作群', members: ['bot', 'lead', 'me'] },
    { id: 'g2', platform: 'wechat', name: '测试村两委群', members: ['bot', 'lead', 'me'] },
  ],
});

// Deadlines spread over the inbox sections: overdue, today, this week, later, none.
const HOUR = 3600_000;
const offsets = [-50 * HOUR, 3 * HOUR, 60 * HOUR, 20 * 24 * HOUR, null];
const kinds = ['report', 'meeting', 'task', 'repost', 'checkin'];
const text = '各村（社区）：请于规定时间前报送本村冬季安全生产隐患排查台账，收到请回复。';
for (let i = 0; i < N; i += 200) {
  const ids = Array.from({ length: Math.min(200, N - i) }, (_, j) => i + j + 1);
  await db.insert(tasks).values(
    ids.map((n) => {
      const off = offsets[n % offsets.length];
      return {
        countyId: 'b',
        id: `t${n}`,
        seq: n,
        title: `第${n}项：报送本村冬季安全生产隐患排查台账`,
        kind: kinds[n % kinds.length]!,
        deadline: off === null || off === undefined ? null : new Date(now.getTime() + off + n * 60_000),
        requires: ['file', 'ack'],
        flags: n % 7 === 0 ? ['relayed', 'policy:repeat-data'] : [],
        issuerId: 'lead',
        firstSeenAt: new Date(now.getTime() - 5 * 24 * HOUR),
        lastPostedAt: new Date(now.getTime() - 5 * 24 * HOUR),
        norm: text,
        facts: {},
      };
    }),
  );
  await db.insert(taskSources).values(
    ids.flatMap((n) =>
      ['g1', 'g2'].map((g, k) => ({
        countyId: 'b',
        taskId: `t${n}`,
        messageSeq: n * 2 + k,
        messageId: `m${n}-${k}`,
        groupId: g,
        senderId: 'lead',
        at: new Date(now.getTime() - 5 * 24 * HOUR + k * 60_000),
        role: k === 0 ? 'original' : 'relay',
        text,
        norm: text,
      })),
    ),
  );
  await db
    .insert(assignments)
    .values(
      ids.map((n) => ({ countyId: 'b', taskId: `t${n}`, personId: 'me', addedAt: now, updatedAt: now })),
    );
}

const config = parseConfig({ LINK_SECRET: 'bench-link-secret-0123456789' });
const app = createApp({ db, config, clock: () => now, logger: silentLogger });
const link = await issueLink({ db, config }, 'b', 'me', now);
const cookie = ((await app.request(link.path)).headers.get('set-cookie') ?? '').split(';')[0]!;
const times: number[] = [];
let html = '';
for (let r = 0; r < RUNS + 3; r++) {
  const t0 = performance.now();
  const res = await app.request('/inbox', { headers: { cookie } });
  html = await res.text();
  if (r >= 3) times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const bytes = (s: string) => Buffer.byteLength(s);
const scriptOnPage = html.includes(UPLOAD_SCRIPT) ? bytes(UPLOAD_SCRIPT) : 0;
console.log(
  JSON.stringify(
    {
      tasks: N,
      cardsShown: (html.match(/class="card/g) ?? []).length,
      htmlBytes: bytes(html),
      htmlGzipBytes: gzipSync(html).length,
      cssBytes: bytes(CSS),
      scriptBytes: scriptOnPage,
      taskPageScriptBytes: bytes(UPLOAD_SCRIPT),
      renderMs: {
        median: +times[times.length >> 1]!.toFixed(1),
        p90: +times[Math.floor(times.length * 0.9)]!.toFixed(1),
      },
    },
    null,
    1,
  ),
);
await database.close();
