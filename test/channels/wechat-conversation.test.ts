// The end-to-end conversation on wechaty-puppet-mock: a leader posts a directive in one room, it is
// relayed in two more, a cadre asks the bot "我的任务" and sees exactly one task, "完成 1" completes it, and the
// leader's "进度" shows it done by that cadre. Replies travel the real way: outbox → claim → the bot says them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Message, WechatyBuilder } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { ServiceClient } from '../../bots/service-client.js';
import { attachWechatBot } from '../../bots/wechat-bot.js';
import { completions, messages, tasks } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { importRoster } from '../../src/services/roster-import.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { INGEST_TOKEN, roster, testConfig } from '../helpers/factories.js';

describe.each(backends)('talking to the WeChat bot (%s)', (backend) => {
  let database: TestDatabase;
  let spool: string;
  beforeAll(async () => {
    database = await freshDatabase(backend);
    const r = roster();
    r.groups = [
      { id: 'g1', platform: 'wechat', name: '河口镇工作群', members: ['bot', 'u2', 'u3', 'u4', 'u6'] },
      { id: 'g2', platform: 'wechat', name: '柳树村两委群', members: ['bot', 'u4', 'u5'] },
      { id: 'g3', platform: 'wechat', name: '杏花社区工作群', members: ['bot', 'u6', 'u7'] },
    ];
    await importRoster(database.db, r);
    spool = mkdtempSync(join(tmpdir(), 'qingdan-talk-'));
  });
  afterAll(async () => {
    await database.destroy();
    rmSync(spool, { recursive: true, force: true });
  });

  it('answers 我的任务, 完成 1 and 进度 with what the cadre and the leader should see', async () => {
    const app = createApp({
      db: database.db,
      config: testConfig(),
      clock: () => new Date(),
      logger: silentLogger,
    });
    const mocker = new mock.Mocker();
    const wechaty = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
    const client = new ServiceClient({
      baseUrl: 'http://qingdan.test',
      token: INGEST_TOKEN,
      fetch: async (url: string, init?: RequestInit) => app.request(url, init),
    });
    const bot = attachWechatBot({
      wechaty,
      client,
      logger: silentLogger,
      spoolDir: spool,
      send: { intervalMs: 1000, dailyCap: 50, enabled: false, sleep: async () => {} },
    });
    // What the bot says to each person, as the person's phone would show it.
    const said = new Map<string, string[]>();
    wechaty.on('message', async (m: Message) => {
      if (!m.self() || m.room()) return;
      const to = m.listener()?.name() ?? '';
      said.set(to, [...(said.get(to) ?? []), m.text()]);
    });
    await wechaty.start();
    try {
      const me = mocker.createContact({ name: '清单助手' });
      mocker.login(me);
      const [linHai, songChun, tangQiu, maDong, weiXia] = ['林海', '宋春', '唐秋', '马冬', '韦夏'].map(
        (name) => mocker.createContact({ name }),
      ) as [mock.ContactMock, mock.ContactMock, mock.ContactMock, mock.ContactMock, mock.ContactMock];
      const room = (topic: string, members: mock.ContactMock[]) =>
        mocker.createRoom({ topic, memberIdList: [me.id, ...members.map((c) => c.id)] });
      const g1 = room('河口镇工作群', [linHai, songChun, maDong]);
      const g2 = room('柳树村两委群', [songChun, tangQiu]);
      const g3 = room('杏花社区工作群', [maDong, weiXia]);
      const understood = async (n: number) =>
        vi.waitFor(
          async () => {
            const rows = await database.db.select().from(messages).where(ne(messages.state, 'new'));
            expect(rows.length).toBeGreaterThanOrEqual(n);
          },
          { timeout: 15_000 },
        );
      // The bot sends one message at a time, spaced by WECHAT_SEND_INTERVAL_MS: tick until this one went out.
      const deliver = async (name: string) => {
        const before = said.get(name)?.length ?? 0;
        await vi.waitFor(
          async () => {
            await bot.sender.tick();
            expect(said.get(name)?.length ?? 0).toBeGreaterThan(before);
          },
          { timeout: 15_000, interval: 300 },
        );
        return said.get(name)!.at(-1)!;
      };

      const notice = '各村（社区）：请于2030年7月15日下午4点前报送本村防汛物资储备清单。';
      linHai.say(notice).to(g1);
      await understood(1);
      songChun.say(`转发：${notice}`).to(g2);
      await understood(2);
      maDong.say(`【重要通知】${notice}请各社区抓紧落实。`).to(g3);
      await understood(3);
      const all = await database.db.select().from(tasks);
      expect(all).toHaveLength(1);
      expect(all[0]!.deadline?.toISOString()).toBe(new Date('2030-07-15T16:00:00+08:00').toISOString());

      tangQiu.say('我的任务').to(me);
      await understood(4);
      const inbox = await deliver('唐秋');
      expect(inbox).toContain('防汛物资储备清单');
      expect(inbox).toMatch(/1[.．、]/);
      expect(inbox).not.toMatch(/\n\s*2[.．、]/);

      tangQiu.say('完成 1').to(me);
      await understood(5);
      expect(await deliver('唐秋')).toContain('已完成');
      const done = await database.db
        .select()
        .from(completions)
        .where(and(eq(completions.personId, 'u5'), eq(completions.status, 'done')));
      expect(done).toHaveLength(1);

      linHai.say('进度').to(me);
      await understood(6);
      const progress = await deliver('林海');
      expect(progress).toContain('防汛物资储备清单');
      // 宋春 and 马冬 from the leader's group, 唐秋 and 韦夏 through the relays.
      expect(progress).toContain('完成1/4');
      linHai.say('进度 1').to(me);
      await understood(7);
      const byName = await deliver('林海');
      expect(byName).toMatch(/已完成[^\n]*唐秋/);
      expect(byName).toMatch(/未完成[^\n]*宋春/);
    } finally {
      bot.stop();
      await wechaty.stop();
    }
  });
});
