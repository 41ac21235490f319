// The bot's sending loop on wechaty-puppet-mock, against a fake outbox API: posts into a room by
// topic with @-mentions, messages a contact by name, paces sends with jitter, stops at the daily cap.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WechatyBuilder } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { SendLoop } from '../../bots/send-loop.js';
import { type OutboxClaim, ServiceClient } from '../../bots/service-client.js';
import { silentLogger } from '../../src/logger.js';

describe('sending what the outbox holds for WeChat', () => {
  const mocker = new mock.Mocker();
  const wechaty = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
  const dir = mkdtempSync(join(tmpdir(), 'qingdan-send-'));
  const seen: string[] = [];
  let queue: OutboxClaim[] = [];
  const claims: unknown[] = [];
  const results: [string, unknown][] = [];
  const client = new ServiceClient({
    baseUrl: 'http://qingdan.test',
    token: 'tok',
    fetch: async (url, init) => {
      const body = JSON.parse(String(init?.body));
      if (url.endsWith('/api/outbox/claim')) {
        claims.push(body);
        const items = queue.slice(0, body.limit);
        queue = queue.slice(body.limit);
        return Response.json({ items });
      }
      results.push([decodeURIComponent(url.split('/api/outbox/')[1]!.replace('/result', '')), body]);
      return Response.json({ ok: true });
    },
  });

  beforeAll(async () => {
    await wechaty.start();
    const me = mocker.createContact({ name: '清单助手' });
    mocker.login(me);
    const song = mocker.createContact({ name: '宋春' });
    const tang = mocker.createContact({ name: '唐秋' });
    const room = mocker.createRoom({ topic: '柳树村两委群', memberIdList: [me.id, song.id, tang.id] });
    room.on('message', (m) => void seen.push(`room:${m.text()}`));
    tang.on('message', (m) => void seen.push(`tang:${m.text()}`));
  });
  afterAll(async () => {
    await wechaty.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends each item where it belongs, paced, and records every result', async () => {
    const gaps: number[] = [];
    const loop = new SendLoop({
      client,
      wechaty,
      logger: silentLogger,
      intervalMs: 4000,
      dailyCap: 3,
      stateDir: dir,
      random: () => 0.5,
      sleep: async (ms) => void gaps.push(ms),
      clock: () => new Date('2026-12-07T09:00:00+08:00'),
    });
    queue = [
      {
        key: 'k2|reply|1',
        recipientId: 'g2',
        groupTopic: '柳树村两委群',
        body: { text: '明天上午9点开会', mentions: ['name:宋春'] },
      },
      {
        key: 'u5|digest|2026-12-07',
        recipientId: 'u5',
        externalId: 'name:唐秋',
        body: { text: '今日清单：1 项' },
      },
      {
        key: 'u9|digest|2026-12-07',
        recipientId: 'u9',
        externalId: 'name:查无此人',
        body: { text: '今日清单' },
      },
      {
        key: 'u4|digest|2026-12-07',
        recipientId: 'u4',
        externalId: 'name:宋春',
        body: { text: '今日清单：2 项' },
      },
    ];
    expect(await loop.tick()).toBe(2);
    expect(claims).toEqual([{ channel: 'wechat', limit: 3 }]);
    expect(gaps).toEqual([5000, 5000]);
    expect(results).toEqual([
      ['k2|reply|1', { ok: true }],
      ['u5|digest|2026-12-07', { ok: true }],
      ['u9|digest|2026-12-07', { ok: false, error: 'contact not found: name:查无此人', permanent: true }],
    ]);
    await new Promise((r) => setImmediate(r));
    expect(seen).toContain('room:@宋春 明天上午9点开会');
    expect(seen).toContain('tang:今日清单：1 项');

    // One left under today's cap of three; then nothing more is claimed until tomorrow.
    expect(await loop.tick()).toBe(1);
    expect(claims.at(-1)).toEqual({ channel: 'wechat', limit: 1 });
    queue = [{ key: 'x', recipientId: 'u4', externalId: 'name:宋春', body: { text: '再提醒' } }];
    expect(await loop.tick()).toBe(0);
    expect(claims).toHaveLength(2);
  });
});
