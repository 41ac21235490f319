// End to end on wechaty-puppet-mock: a real Wechaty runtime with simulated rooms and contacts, the bot
// wired to the service in-process (its fetch calls app.request), and the spool tried with the service down.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, count, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ScanStatus, WechatyBuilder } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { ServiceClient } from '../../bots/service-client.js';
import { attachWechatBot } from '../../bots/wechat-bot.js';
import { assignments, identities, messages, tasks } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { importRoster } from '../../src/services/roster-import.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { ADMIN_TOKEN, INGEST_TOKEN, roster, testConfig } from '../helpers/factories.js';

function threeRooms() {
  const r = roster();
  r.groups = [
    { id: 'g1', platform: 'wechat', name: '河口镇工作群', members: ['bot', 'u2', 'u3', 'u4', 'u6'] },
    { id: 'g2', platform: 'wechat', name: '柳树村两委群', members: ['bot', 'u4', 'u5'] },
    { id: 'g3', platform: 'wechat', name: '杏花社区工作群', members: ['bot', 'u6', 'u7'] },
  ];
  return r;
}

async function startMockBot(
  app: ReturnType<typeof createApp>,
  spoolDir: string,
  fetchGate: { down: boolean } = { down: false },
) {
  const mocker = new mock.Mocker();
  const wechaty = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
  const fetch = async (url: string, init?: RequestInit) => {
    if (fetchGate.down) throw new TypeError('fetch failed: ECONNREFUSED');
    return app.request(url, init);
  };
  const client = new ServiceClient({ baseUrl: 'http://qingdan.test', token: INGEST_TOKEN, fetch });
  const bot = attachWechatBot({
    wechaty,
    client,
    logger: silentLogger,
    spoolDir,
    send: { intervalMs: 1000, dailyCap: 10, enabled: false },
    retry: { minRetryMs: 600_000 },
  });
  await wechaty.start();
  const me = mocker.createContact({ name: '清单助手' });
  mocker.login(me);
  const people = Object.fromEntries(
    ['林海', '何芳', '宋春', '唐秋', '马冬', '韦夏', '路人甲'].map((name) => [
      name,
      mocker.createContact({ name }),
    ]),
  );
  const p = (n: string) => people[n]!;
  const room = (topic: string, names: string[]) =>
    mocker.createRoom({ topic, memberIdList: [me.id, ...names.map((n) => p(n).id)] });
  const rooms = {
    g1: room('河口镇工作群', ['林海', '何芳', '宋春', '马冬', '路人甲']),
    g2: room('柳树村两委群', ['宋春', '唐秋']),
    g3: room('杏花社区工作群', ['马冬', '韦夏']),
  };
  return {
    mocker,
    wechaty,
    bot,
    p,
    rooms,
    async stop() {
      bot.stop();
      await wechaty.stop();
    },
  };
}

describe.each(backends)('the WeChat bot on wechaty-puppet-mock (%s)', (backend) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-spool-'));
    dirs.push(d);
    return d;
  };
  // Messages stored and understood: ingest stores first and understands after, so wait for both.
  const count$ = async () =>
    (await database.db.select({ n: count() }).from(messages).where(ne(messages.state, 'new')))[0]!.n;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await importRoster(database.db, threeRooms());
    app = createApp({ db: database.db, config: testConfig(), clock: () => new Date(), logger: silentLogger });
  });
  afterAll(async () => {
    await database.destroy();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('shows the login QR in the terminal and on the service page while waiting for a scan', async () => {
    const mocker = new mock.Mocker();
    const wechaty = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
    const shown: string[] = [];
    const fetch = async (url: string, init?: RequestInit) => app.request(url, init);
    const bot = attachWechatBot({
      wechaty,
      client: new ServiceClient({ baseUrl: 'http://qingdan.test', token: INGEST_TOKEN, fetch }),
      logger: silentLogger,
      spoolDir: tmp(),
      send: { intervalMs: 1000, dailyCap: 10, enabled: false },
      showQr: (qr) => void shown.push(qr),
    });
    await wechaty.start();
    try {
      const qr = 'https://login.weixin.qq.com/l/4aKpTzhq2Q==';
      mocker.scan(qr, ScanStatus.Waiting);
      await vi.waitFor(
        async () => {
          const page = await (await app.request(`/bot/qr?token=${ADMIN_TOKEN}`)).text();
          expect(page).toContain('<svg');
        },
        { timeout: 15_000 },
      );
      expect(shown).toEqual([qr]);
    } finally {
      bot.stop();
      await wechaty.stop();
    }
  });

  it('turns a directive relayed through three rooms into one task with the right deadline', async () => {
    const s = await startMockBot(app, tmp());
    try {
      const notice = '各村（社区）：请于2030年6月30日下午5点前报送防汛值班表，收到请回复。';
      s.p('林海').say(notice).to(s.rooms.g1);
      await vi.waitFor(async () => expect(await count$()).toBe(1), { timeout: 15_000 });
      s.p('宋春').say(`转发：${notice}`).to(s.rooms.g2);
      await vi.waitFor(async () => expect(await count$()).toBe(2), { timeout: 15_000 });
      s.p('马冬').say(`【重要通知】${notice}请各社区抓紧落实。`).to(s.rooms.g3);
      await vi.waitFor(async () => expect(await count$()).toBe(3), { timeout: 15_000 });

      const all = await database.db.select().from(tasks);
      expect(all).toHaveLength(1);
      const task = all[0]!;
      expect(task.deadline?.toISOString()).toBe(new Date('2030-06-30T17:00:00+08:00').toISOString());
      expect(task.flags).toContain('relayed');
      const rows = await database.db.select().from(messages).orderBy(asc(messages.seq));
      expect(rows.map((r) => [r.groupId, r.senderId, r.taskId])).toEqual([
        ['g1', 'u2', task.id],
        ['g2', 'u4', task.id],
        ['g3', 'u6', task.id],
      ]);
      const who = await database.db
        .select({ p: assignments.personId })
        .from(assignments)
        .where(eq(assignments.taskId, task.id));
      expect(who.map((w) => w.p).sort()).toEqual(['u4', 'u5', 'u6', 'u7']);

      // The same message delivered twice by the puppet is stored once.
      const [first] = rows;
      s.mocker.puppet.emit('message', { messageId: first!.platformId });
      s.p('唐秋').say('收到').to(s.rooms.g2);
      await vi.waitFor(async () => expect(await count$()).toBe(4), { timeout: 15_000 });
      await s.bot.settled();
      await s.bot.forwarder.flush();
      expect(await count$()).toBe(4);
    } finally {
      await s.stop();
    }
  });

  it('detects @所有人 and records a stranger as pending while keeping the message', async () => {
    const s = await startMockBot(app, tmp());
    const before = await count$();
    try {
      s.p('路人甲').say('@所有人 今晚8点在村委会开会').to(s.rooms.g1);
      await vi.waitFor(async () => expect(await count$()).toBe(before + 1), { timeout: 15_000 });
      const [row] = await database.db
        .select()
        .from(messages)
        .orderBy(asc(messages.seq))
        .limit(1)
        .offset(before);
      expect(row).toMatchObject({ senderId: 'wechat:路人甲', groupId: 'g1' });
      expect(row!.payload).toMatchObject({ mentions: ['all'] });
      const [stranger] = await database.db
        .select()
        .from(identities)
        .where(eq(identities.externalId, 'name:路人甲'));
      expect(stranger).toMatchObject({ pending: true, personId: null, platform: 'wechat' });
      // Known people were bound by name on first sight, not left pending.
      const [linhai] = await database.db
        .select()
        .from(identities)
        .where(eq(identities.externalId, 'name:林海'));
      expect(linhai).toMatchObject({ pending: false, personId: 'u2' });
    } finally {
      await s.stop();
    }
  });

  it('keeps messages while the service is down and delivers them all, in order, across a bot restart', async () => {
    const dir = tmp();
    const gate = { down: true };
    const before = await count$();
    const texts = Array.from({ length: 7 }, (_, i) => `第${i + 1}条：柳树村今日巡查正常`);

    const first = await startMockBot(app, dir, gate);
    for (const t of texts.slice(0, 4)) first.p('唐秋').say(t).to(first.rooms.g2);
    await vi.waitFor(async () => expect(await first.bot.forwarder.pendingCount()).toBe(4), {
      timeout: 15_000,
    });
    await first.stop();
    expect(await count$()).toBe(before);

    const second = await startMockBot(app, dir, gate);
    try {
      for (const t of texts.slice(4)) second.p('唐秋').say(t).to(second.rooms.g2);
      await vi.waitFor(async () => expect(await second.bot.forwarder.pendingCount()).toBe(7), {
        timeout: 15_000,
      });
      expect(await count$()).toBe(before);

      gate.down = false;
      expect(await second.bot.forwarder.flush()).toBe(true);
      const rows = await database.db
        .select({ text: messages.text, sender: messages.senderId })
        .from(messages)
        .orderBy(asc(messages.seq))
        .offset(before);
      expect(rows.map((r) => r.text)).toEqual(texts);
      expect(new Set(rows.map((r) => r.sender))).toEqual(new Set(['u5']));
      expect(await second.bot.forwarder.pendingCount()).toBe(0);
    } finally {
      await second.stop();
    }
  });
});
