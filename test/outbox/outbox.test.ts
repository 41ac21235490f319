import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { identities, outbox } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import type { ChannelSender, SendResult, SendTarget } from '../../src/channels/contract.js';
import { silentLogger } from '../../src/logger.js';
import { enqueue, type OutboxBody } from '../../src/services/outbox.js';
import { claimDue } from '../../src/services/outbox-claim.js';
import { MAX_ATTEMPTS } from '../../src/services/outbox-limits.js';
import { runSenders } from '../../src/services/outbox-send.js';
import { importRoster } from '../../src/services/roster-import.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { INGEST_TOKEN, roster, testConfig } from '../helpers/factories.js';
import { json } from '../helpers/http.js';

const T0 = new Date('2026-12-07T09:00:00+08:00');
const later = (ms: number) => new Date(T0.getTime() + ms);

/** A sender that records what it was asked to send and answers from a script. */
function fakeSender(channel: string, answer: (n: number) => SendResult | Error = () => ({ ok: true })) {
  const sent: { target: SendTarget; body: OutboxBody }[] = [];
  const sender: ChannelSender = {
    channel,
    async send(target, body) {
      const a = answer(sent.length);
      sent.push({ target, body });
      if (a instanceof Error) throw a;
      return a;
    },
  };
  return { sender, sent };
}

describe.each(backends)('the outbox senders (%s)', (backend) => {
  let database: TestDatabase;
  const config = testConfig({ WECHAT_SEND_INTERVAL_MS: '4000', WECHAT_DAILY_CAP: '3' });
  const deps = () => ({ db: database.db, config, logger: silentLogger });
  let n = 0;
  const put = (channel: string, recipientId: string, body: Partial<OutboxBody> = {}, dueAt = T0) =>
    enqueue(database.db, {
      county: 'c1',
      recipientId,
      channel,
      purpose: 'test',
      period: `p${++n}`,
      body: { text: `消息${n}`, ...body },
      dueAt,
    });
  const rows = (channel: string) => database.db.select().from(outbox).where(eq(outbox.channel, channel));

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await importRoster(database.db, roster());
  });
  beforeEach(async () => {
    await database.db.delete(outbox);
  });
  afterAll(() => database.destroy());

  it('delivers due rows, records when and how, and leaves rows not yet due', async () => {
    await database.db
      .insert(identities)
      .values({ countyId: 'c1', platform: 'wecom', externalId: 'SongChun', personId: 'u4' });
    await put('wecom-app', 'u4');
    await put('wecom-app', 'u5', {}, later(60_000));
    const { sender, sent } = fakeSender('wecom-app');
    const [run] = await runSenders(deps(), T0, [sender]);
    expect(run).toMatchObject({ channel: 'wecom-app', claimed: 1, sent: 1, failed: 0 });
    expect(sent[0]?.target).toMatchObject({ personId: 'u4', externalId: 'SongChun' });
    const all = await rows('wecom-app');
    expect(all.find((r) => r.recipientId === 'u4')).toMatchObject({
      state: 'sent',
      result: 'ok',
      attempts: 1,
      sentAt: T0,
    });
    expect(all.find((r) => r.recipientId === 'u5')).toMatchObject({ state: 'queued', attempts: 0 });
  });

  it('sends at most 30 app messages a minute to one member', async () => {
    for (let i = 0; i < 35; i++) await put('wecom-app', 'u4');
    await put('wecom-app', 'u5');
    const { sender, sent } = fakeSender('wecom-app');
    await runSenders(deps(), T0, [sender]);
    expect(sent.filter((s) => s.target.personId === 'u4')).toHaveLength(30);
    expect(sent.filter((s) => s.target.personId === 'u5')).toHaveLength(1);
    await runSenders(deps(), later(30_000), [sender]);
    expect(sent).toHaveLength(31);
    await runSenders(deps(), later(61_000), [sender]);
    expect(sent).toHaveLength(36);
  });

  it('posts at most 20 messages a minute through one group robot', async () => {
    for (let i = 0; i < 25; i++) await put('wecom-webhook', `u${(i % 5) + 3}`, { groupId: 'k3' });
    await put('wecom-webhook', 'u2', { groupId: 'k1' });
    const { sender, sent } = fakeSender('wecom-webhook');
    await runSenders(deps(), T0, [sender]);
    expect(sent.filter((s) => s.body.groupId === 'k3')).toHaveLength(20);
    expect(sent.filter((s) => s.body.groupId === 'k1')).toHaveLength(1);
  });

  it('retries with growing back-off and gives up after the limit, keeping the reason', async () => {
    await put('wecom-app', 'u4');
    const { sender, sent } = fakeSender('wecom-app', () => ({ ok: false, error: 'wecom -1 system busy' }));
    let t = 0;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await runSenders(deps(), later(t), [sender]);
      const [row] = await rows('wecom-app');
      expect(row?.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        expect(row).toMatchObject({ state: 'queued', result: 'wecom -1 system busy' });
        const wait = row!.dueAt.getTime() - later(t).getTime();
        waits.push(wait);
        // Not before it is due again.
        await runSenders(deps(), later(t + wait - 1000), [sender]);
        expect(sent).toHaveLength(attempt);
        t += wait;
      } else {
        expect(row).toMatchObject({ state: 'failed', result: 'gave up: wecom -1 system busy', sentAt: null });
      }
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
    await runSenders(deps(), later(t + 3600_000), [sender]);
    expect(sent).toHaveLength(MAX_ATTEMPTS);
  });

  it('gives up at once on a permanent error, waits as asked on a rate limit, and survives a throw', async () => {
    await put('wecom-app', 'u4');
    await put('wecom-app', 'u5');
    await put('wecom-app', 'u6');
    const answers: Record<string, SendResult | Error> = {
      u4: { ok: false, permanent: true, error: 'no WeCom userid for this person' },
      u5: { ok: false, retryAfterMs: 600_000, error: 'wecom 45009 api freq out of limit' },
      u6: new Error('socket hang up'),
    };
    const sender: ChannelSender = {
      channel: 'wecom-app',
      async send(target) {
        const a = answers[target.personId!]!;
        if (a instanceof Error) throw a;
        return a;
      },
    };
    const [run] = await runSenders(deps(), T0, [sender]);
    expect(run).toMatchObject({ sent: 0, failed: 1, retrying: 2 });
    const byRecipient = Object.fromEntries((await rows('wecom-app')).map((r) => [r.recipientId, r]));
    expect(byRecipient.u4).toMatchObject({
      state: 'failed',
      result: 'gave up: no WeCom userid for this person',
    });
    expect(byRecipient.u5).toMatchObject({ state: 'queued', dueAt: later(600_000) });
    expect(byRecipient.u6).toMatchObject({ state: 'queued', dueAt: later(30_000), result: 'socket hang up' });
  });

  describe('the WeChat bot API', () => {
    let clock = T0;
    let app: ReturnType<typeof createApp>;
    const call = (path: string, body: unknown, token = INGEST_TOKEN) =>
      app.request(path, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const claim = async () => (await json(call('/api/outbox/claim', { channel: 'wechat', limit: 5 }))).items;
    const result = (key: string, body: unknown) =>
      call(`/api/outbox/${encodeURIComponent(key)}/result`, body);

    beforeAll(async () => {
      app = createApp({ db: database.db, config, clock: () => clock, logger: silentLogger });
      await database.db
        .insert(identities)
        .values({ countyId: 'c1', platform: 'wechat', externalId: 'alias:songchun', personId: 'u4' })
        .onConflictDoNothing();
    });

    it('hands out one message at a time, a few seconds apart, up to the daily cap', async () => {
      clock = T0;
      await put('wechat', 'u4');
      await put('wechat', 'u5', { groupId: 'k2', mentions: ['u5'] });
      await put('wechat', 'u6');
      await put('wechat', 'u7');
      const [first] = await claim();
      expect(first).toMatchObject({
        county: 'c1',
        recipientId: 'u4',
        externalId: 'alias:songchun',
        body: { text: expect.stringMatching(/^消息\d+$/) },
      });
      expect(await claim()).toEqual([]); // one in flight
      expect(await json(result(first.key, { ok: true }))).toMatchObject({ state: 'sent', attempts: 1 });
      expect(await claim()).toEqual([]); // too soon after the last send
      clock = later(4000 + 2000);
      const [second] = await claim();
      expect(second).toMatchObject({ recipientId: 'u5', groupId: 'k2', groupTopic: '河口镇工作群' });
      await result(second.key, { ok: true });
      clock = later(12_000);
      const [third] = await claim();
      await result(third.key, { ok: true });
      clock = later(60_000);
      expect(await claim()).toEqual([]); // 3 sent today: the cap
      clock = new Date('2026-12-08T08:00:00+08:00');
      expect(await claim()).toEqual([expect.objectContaining({ recipientId: 'u7' })]);
    });

    it('hands a message out again when the bot never reported back', async () => {
      clock = new Date('2026-12-10T09:00:00+08:00');
      await put('wechat', 'u6', {}, clock);
      const [item] = await claim();
      clock = new Date(clock.getTime() + 5 * 60_000);
      expect(await claim()).toEqual([]); // still in flight
      clock = new Date(clock.getTime() + 6 * 60_000);
      expect(await claim()).toEqual([expect.objectContaining({ key: item.key })]);
      expect(await json(result(item.key, { ok: true }))).toMatchObject({ state: 'sent', attempts: 2 });
    });

    it('takes failures for retry and refuses a result for a message not in flight', async () => {
      clock = new Date('2026-12-09T09:00:00+08:00');
      await put('wechat', 'u4', {}, clock);
      const [item] = await claim();
      const res = await json(result(item.key, { ok: false, error: '操作过于频繁' }));
      expect(res).toMatchObject({
        state: 'queued',
        attempts: 1,
        dueAt: new Date(clock.getTime() + 30_000).toISOString(),
      });
      expect((await result(item.key, { ok: true })).status).toBe(409);
      expect((await result('nobody|test|x', { ok: true })).status).toBe(409);
      expect((await call('/api/outbox/claim', { channel: 'wechat' }, 'wrong-token-0123456789')).status).toBe(
        401,
      );
      expect((await call('/api/outbox/claim', { channel: 'sms' })).status).toBe(400);
    });
  });

  it.runIf(backend === 'postgres')('never gives one row to two concurrent claimers', async () => {
    for (let i = 0; i < 40; i++) await put('api', `u${(i % 5) + 3}`);
    const claimers = Array.from({ length: 4 }, () =>
      claimDue(database.db, { channel: 'api', limit: 15, now: T0, limits: {} }),
    );
    const claimed = (await Promise.all(claimers)).flat().map((r) => r.key);
    expect(claimed).toHaveLength(40);
    expect(new Set(claimed).size).toBe(40);
    const states = await database.db
      .select({ state: outbox.state })
      .from(outbox)
      .where(and(eq(outbox.channel, 'api')));
    expect(states.every((s) => s.state === 'sending')).toBe(true);
  });
});
