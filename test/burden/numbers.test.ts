import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema.js';
import { parseIsoWeek } from '../../src/core/burden/index.js';
import { silentLogger } from '../../src/logger.js';
import { enqueueBurdenReport, enqueueWeeklyBurdenReports } from '../../src/services/burden-report.js';
import { runScheduled } from '../../src/services/schedule.js';
import { backends } from '../helpers/db.js';
import { ADMIN_TOKEN, testConfig } from '../helpers/factories.js';
import { json } from '../helpers/http.js';
import { week50 } from './corpus.js';
import { type Harness, harness } from './harness.js';

// Hand count of test/burden/corpus.ts for 2026-W50 (w0 and w8 fall outside the week; w3 is a reply):
//   w1 → u2 u3 (2) · w2 relay → u4 u5 u6 u7 (4) · w4 22:30 → u4 u6 (2) · w5 relay → u4 u5 (2)
//   w6 → u3 u4 u5 u6 u7 (5) · w7 Saturday → u5 (1)                       = 16 messages to people
// In their groups (members but the sender): k1 2 + k2 5 + k2 5 + k3 2 + k2 5 + k3 2 = 21.
// Tasks A {u2..u7}=6, B {u4,u5,u6}=3, C 5, D 1 → 15 person-tasks; merged 16 − 15 = 1 (u4 got B twice).
// After hours, not urgent: w4 (2) + w7 (1) = 3 of 16.
describe.each(backends)('the burden view of a fixed week (%s)', (backend) => {
  let h: Harness;
  const get = (q: string) => json(h.admin(`/api/burden?${q}`));
  beforeAll(async () => {
    h = await harness(backend);
    await h.post(...week50);
  });
  afterAll(() => h.database.destroy());

  it('counts the county by message, by person-task and by task', async () => {
    const v = await get('week=2026-W50&scope=county');
    expect(v).toMatchObject({
      week: { label: '2026-W50', from: '2026-12-07', to: '2026-12-13' },
      scope: { type: 'county', name: '青松县', people: 7 },
      messages: 16,
      messagesInGroups: 21,
      personTasks: 15,
      merged: 1,
      tasks: 4,
      byKind: [
        { kind: 'report', tasks: 2 },
        { kind: 'repost', tasks: 1 },
        { kind: 'task', tasks: 1 },
      ],
      afterHours: { messages: 3, share: 3 / 16 },
      repeatData: { tasks: 0 },
    });
    // By issuing organisation: the village's own task counts under its township.
    expect(v.byIssuer).toEqual([
      { id: 'c1-t1', name: '河口镇', level: 'township', tasks: 3, messages: 10, flaggedTasks: 3 },
      { id: 'c1-d1', name: '青松县民政局', level: 'county', tasks: 1, messages: 6, flaggedTasks: 0 },
    ]);
    const byRule = Object.fromEntries(
      v.byRule.map((r: { flag: string; tasks: number }) => [r.flag, r.tasks]),
    );
    expect(byRule).toMatchObject({
      'policy:screenshot': 1,
      'policy:engagement-count': 1,
      'policy:after-hours': 2,
      'policy:repeat-data': 0,
      'policy:checkin': 0,
    });
  });

  it('never names or ranks people in the county view', async () => {
    const text = JSON.stringify(await get('week=2026-W50'));
    for (const p of ['u2', 'u3', 'u4', 'u5', '林海', '宋春', '唐秋']) expect(text).not.toContain(p);
  });

  it('gives a cadre their own numbers', async () => {
    const u4 = await get('week=2026-W50&scope=person:u4');
    expect(u4).toMatchObject({
      scope: { type: 'person', name: '宋春', people: 1 },
      messages: 4,
      messagesInGroups: 4,
      personTasks: 3,
      merged: 1,
      tasks: 3,
      afterHours: { messages: 1, share: 0.25 },
    });
    expect(u4.byIssuer.map((i: { name: string; tasks: number }) => [i.name, i.tasks])).toEqual([
      ['河口镇', 2],
      ['青松县民政局', 1],
    ]);
    // 唐秋 sees w4 in k2 without being addressed by it.
    const u5 = await get('week=2026-W50&scope=person:u5');
    expect(u5).toMatchObject({ messages: 4, messagesInGroups: 5, personTasks: 4, merged: 0, tasks: 4 });
    expect(u5.afterHours).toEqual({ messages: 1, share: 0.25 });
  });

  it('counts a township’s people only, and nothing in an empty week', async () => {
    const town = await get('week=2026-W50&scope=township:c1-t1');
    expect(town).toMatchObject({ scope: { name: '河口镇', people: 6 }, messages: 16, tasks: 4 });
    const empty = await get('week=2026-W40');
    expect(empty).toMatchObject({ messages: 0, tasks: 0, afterHours: { share: 0 }, byIssuer: [] });
  });

  it('refuses without the admin token, and explains a bad week or scope', async () => {
    const anon = await h.app.request('/api/burden?week=2026-W50');
    expect(anon.status).toBe(401);
    expect((await h.admin('/api/burden?week=2026-50')).status).toBe(400);
    expect((await h.admin('/api/burden?week=2026-W50&scope=person:nobody')).status).toBe(404);
    expect((await h.admin('/api/burden?week=2026-W50&scope=township:c1-v1')).status).toBe(404);
  });

  it('writes the weekly report as markdown and CSV', async () => {
    const md = await h.admin('/api/burden/report.md?week=2026-W50');
    expect(md.headers.get('content-type')).toContain('text/markdown');
    const text = await md.text();
    expect(text).toContain('# 青松县基层减负周报（2026-W50，2026-12-07 至 2026-12-13）');
    expect(text).toContain('| 河口镇 | 3 | 10 | 3 |');
    expect(text).toContain('| 截图留痕 | 1 |');
    expect(text).toContain('休息时间（晚9点至早7点、休息日）收到的非紧急指令 3 人次，占 19%');
    const csv = await (await h.admin('/api/burden/report.csv?week=2026-W50')).text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('周,范围,类别,项目,数值');
    expect(lines).toContain('2026-W50,青松县,总量,指令消息到人（人次）,16');
    expect(lines).toContain('2026-W50,河口镇,总量,合并后任务到人（人次）,15');
    expect(lines).toContain('2026-W50,青松县,发文单位（项）,青松县民政局,1');
  });

  it('renders the page with SVG bars and no script, and asks a browser for the password', async () => {
    const anon = await h.app.request('/burden?week=2026-W50');
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toContain('Basic');
    const basic = `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}`;
    const res = await h.app.request('/burden?week=2026-W50', { headers: { authorization: basic } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<svg');
    expect(html).toContain('按发文单位');
    expect(html).toContain('第50周（12月7日—12月13日）');
    expect(html).toContain('scope=township%3Ac1-t1');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('宋春');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('enqueues the weekly report once per recipient and week', async () => {
    const put = await h.setSettings({
      burdenReport: { recipients: [{ personId: 'u1', channel: 'wecom-app' }] },
    });
    expect(put.status).toBe(200);
    const now = new Date('2026-12-14T08:00:00+08:00');
    const [first] = await enqueueWeeklyBurdenReports(h.database.db, now);
    expect(first).toEqual({ county: 'c1', week: '2026-W50', enqueued: ['u1'] });
    const again = await enqueueBurdenReport(h.database.db, 'c1', parseIsoWeek('2026-W50')!, now);
    expect(again.enqueued).toEqual([]);
    const rows = await h.database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.countyId, 'c1'), eq(outbox.purpose, 'burden-report')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'u1|burden-report|2026-W50', channel: 'wecom-app' });
    expect((rows[0]!.body as { text: string }).text).toContain(
      '指令消息到人 16 人次，合并后 15 人次，涉及任务 4 项',
    );
  });

  it('is sent by the scheduler on Monday morning, for the week before, once', async () => {
    await h.setSettings({ burdenReport: { recipients: [{ personId: 'u1', channel: 'wecom-app' }] } });
    const deps = { db: h.database.db, config: testConfig(), logger: silentLogger };
    await runScheduled(deps, new Date('2026-12-21T08:05:00+08:00'));
    await runScheduled(deps, new Date('2026-12-21T08:10:00+08:00'));
    await runScheduled(deps, new Date('2026-12-22T08:05:00+08:00'));
    const rows = await h.database.db
      .select({ key: outbox.key })
      .from(outbox)
      .where(
        and(eq(outbox.countyId, 'c1'), eq(outbox.purpose, 'burden-report'), eq(outbox.period, '2026-W51')),
      );
    expect(rows).toEqual([{ key: 'u1|burden-report|2026-W51' }]);
  });
});
