// runScheduled against a real database (PGlite, and PostgreSQL when configured): rows written once,
// caught up after a missed run, resumed after a crash, and two schedulers at once writing one row each.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.js';
import { outbox } from '../../db/schema.js';
import { silentLogger } from '../../src/logger.js';
import { ingest } from '../../src/services/ingest.js';
import { importRoster } from '../../src/services/roster-import.js';
import { runScheduled } from '../../src/services/schedule.js';
import { understandingOptions } from '../../src/services/understanding-options.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { message, roster, testConfig } from '../helpers/factories.js';

const config = testConfig();
const t = (iso: string) => new Date(iso);
const textOf = (row: { body: Record<string, unknown> } | undefined) => String(row?.body.text);

describe.each(backends)('scheduled digests and reminders (%s)', (backend) => {
  let database: TestDatabase;
  let county: string;
  const deps = () => ({ db: database.db, config, logger: silentLogger });
  const rowsOf = (purpose: string) =>
    database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.countyId, county), eq(outbox.purpose, purpose)))
      .orderBy(outbox.recipientId);

  beforeAll(async () => {
    database = await freshDatabase(backend);
    ({ county } = await importRoster(database.db, roster()));
    const batch = [
      message({
        id: 'd1',
        at: '2026-12-07T09:00:00+08:00',
        sender: 'u3',
        text: '请各村今天下午5点前报送防汛值班表。',
      }),
      message({ id: 'r1', at: '2026-12-07T09:30:00+08:00', sender: 'u4', text: '已报送', quote: 'd1' }),
    ];
    await ingest({ db: database.db, logger: silentLogger }, county, batch, understandingOptions(config));
  });
  afterAll(() => database.destroy());

  it("writes the day's digest on the first run after its time", async () => {
    // The service started at 09:05: Monday's 07:30 digest is caught up, with the task just posted.
    const first = await runScheduled(deps(), t('2026-12-07T09:05:00+08:00'));
    const digests = first.rows.filter((r) => r.purpose === 'digest' && r.state === 'queued');
    expect(digests.map((r) => [r.recipientId, r.dueAt.toISOString()])).toEqual(
      ['u5', 'u6', 'u7'].map((p) => [p, '2026-12-06T23:30:00.000Z']),
    );
  });

  it('reminds those who have not done the task two hours before, exactly once', async () => {
    const first = await runScheduled(deps(), t('2026-12-07T15:00:00+08:00'));
    const again = await runScheduled(deps(), t('2026-12-07T15:01:00+08:00'));
    const reminders = await rowsOf('reminder');
    expect(reminders.map((r) => r.recipientId)).toEqual(['u5', 'u6', 'u7']);
    expect(first.rows.filter((r) => r.purpose === 'reminder')).toHaveLength(3);
    expect(again.rows.filter((r) => r.purpose === 'reminder')).toHaveLength(0);
    expect(reminders[0]?.state).toBe('queued');
    expect(textOf(reminders[0])).toContain('今天17:00截止');
    // 唐秋 is in a WeChat and a WeCom group; with no WeCom app configured the WeChat bot reaches her.
    expect(reminders.map((r) => r.channel)).toEqual(['wechat', 'wechat', 'wechat']);
  });

  it('resumes after a crash between writing and sending without a second row', async () => {
    // The rows above were written but never sent (no sender ran): a restart writes nothing new.
    const resumed = await runScheduled(deps(), t('2026-12-07T15:30:00+08:00'));
    expect(resumed.rows.filter((r) => r.state === 'queued')).toEqual([]);
    expect(await rowsOf('reminder')).toHaveLength(3);
  });

  it("sends the leader's summary naming who has not reported", async () => {
    await runScheduled(deps(), t('2026-12-07T17:45:00+08:00'));
    const [summary] = (await rowsOf('leader-summary')).filter((r) => r.state === 'queued');
    expect(summary?.recipientId).toBe('u3');
    expect(textOf(summary)).toContain('完成1/4；未办：唐秋、马冬、韦夏');
  });

  it('catches up the morning digest when the run comes late, and writes it once', async () => {
    const late = await runScheduled(deps(), t('2026-12-08T07:45:00+08:00'));
    const digests = (await rowsOf('digest')).filter((r) => r.period === '2026-12-08' && r.state === 'queued');
    expect(digests.map((r) => r.recipientId)).toEqual(['u5', 'u6', 'u7']);
    expect(digests[0]?.dueAt.toISOString()).toBe('2026-12-07T23:30:00.000Z');
    expect(textOf(digests[1])).toMatch(/^马冬，今天的清单\n【已逾期】\n· .*防汛值班表（昨天17:00）/);
    expect(late.rows.filter((r) => r.purpose === 'digest' && r.state === 'queued')).toHaveLength(3);
    const later = await runScheduled(deps(), t('2026-12-08T08:00:00+08:00'));
    expect(later.rows.filter((r) => r.purpose === 'digest')).toEqual([]);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('two schedulers at once (postgres)', () => {
  let database: TestDatabase;
  let county: string;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
    ({ county } = await importRoster(database.db, roster()));
    await ingest(
      { db: database.db, logger: silentLogger },
      county,
      [
        message({
          at: '2026-12-07T09:00:00+08:00',
          sender: 'u3',
          text: '请各村今天下午5点前报送防汛值班表。',
        }),
      ],
      understandingOptions(config),
    );
  });
  afterAll(() => database.destroy());

  it('write one row per person and purpose, whichever wins', async () => {
    const second = await openDatabase({ url: database.url!, poolSize: 4 });
    const run = (db: typeof database.db, at: string) =>
      runScheduled({ db, config, logger: silentLogger }, t(at));
    // Ten runs at a time on two connections, at the moments the digest, the reminders and the next digest fall due.
    const results = [];
    for (const at of [
      '2026-12-07T09:05:00+08:00',
      '2026-12-07T15:00:00+08:00',
      '2026-12-08T07:30:00+08:00',
    ]) {
      results.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) => run(i % 2 ? second.db : database.db, at)),
        )),
      );
    }
    await second.close();
    const rows = await database.db.select().from(outbox).where(eq(outbox.countyId, county));
    const queued = rows.filter((r) => r.state === 'queued');
    expect(
      queued
        .filter((r) => r.purpose === 'reminder')
        .map((r) => r.recipientId)
        .sort(),
    ).toEqual(['u4', 'u5', 'u6', 'u7']);
    const digests = queued.filter((r) => r.purpose === 'digest').map((r) => `${r.period} ${r.recipientId}`);
    expect(digests.sort()).toEqual(
      ['2026-12-07', '2026-12-08'].flatMap((d) => ['u4', 'u5', 'u6', 'u7'].map((p) => `${d} ${p}`)),
    );
    // Every row written was reported by exactly one of the runs.
    expect(results.reduce((n, r) => n + r.rows.length, 0)).toBe(rows.length);
  });
});
