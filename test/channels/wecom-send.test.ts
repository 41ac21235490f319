// WeCom outbound with a fake fetch: the access token is cached, refreshed once when WeCom rejects it,
// and webhook posts carry the mentions WeCom expects.
import { describe, expect, it } from 'vitest';
import { wecomAppSender, wecomWebhookSender } from '../../src/channels/wecom/senders.js';
import { testConfig } from '../helpers/factories.js';

type Call = { url: string; body?: unknown };

function fakeWecom(answers: Record<string, unknown>[]) {
  const calls: Call[] = [];
  let tokens = 0;
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    if (url.includes('/gettoken')) {
      tokens++;
      return Response.json({ errcode: 0, access_token: `T${tokens}`, expires_in: 7200 });
    }
    return Response.json(answers.shift() ?? { errcode: 0, errmsg: 'ok' });
  };
  return { fetch, calls, tokens: () => tokens };
}

const config = testConfig({
  WECOM_CORP_ID: 'ww1436e0e65a779aee',
  WECOM_SECRET: 'app-secret',
  WECOM_AGENT_ID: '1000002',
  WECOM_WEBHOOKS: JSON.stringify({ k3: 'robot-key-1' }),
  WECOM_API_BASE: 'https://wecom.test',
});

describe('WeCom app messages', () => {
  it('fetches the token once and reuses it until it nears expiry', async () => {
    let now = new Date('2026-12-07T09:00:00+08:00');
    const w = fakeWecom([]);
    const sender = wecomAppSender(config.wecom, { fetch: w.fetch, clock: () => now })!;
    expect(await sender.send({ externalId: 'SongChun' }, { text: '今日清单：1 项' })).toEqual({ ok: true });
    expect(await sender.send({ externalId: 'HeFang' }, { text: '今日清单：2 项' })).toEqual({ ok: true });
    expect(w.tokens()).toBe(1);
    now = new Date(now.getTime() + 7000 * 1000);
    await sender.send({ externalId: 'HeFang' }, { text: '提醒' });
    expect(w.tokens()).toBe(2);
    const send = w.calls.find((c) => c.url.includes('/message/send'))!;
    expect(send.url).toBe('https://wecom.test/cgi-bin/message/send?access_token=T1');
    expect(send.body).toMatchObject({
      touser: 'SongChun',
      agentid: 1000002,
      msgtype: 'text',
      text: { content: '今日清单：1 项' },
    });
  });

  it('refreshes the token once when WeCom says it expired, and gives up after that', async () => {
    const w = fakeWecom([{ errcode: 42001, errmsg: 'access_token expired' }, { errcode: 0 }]);
    const sender = wecomAppSender(config.wecom, { fetch: w.fetch, clock: () => new Date() })!;
    expect(await sender.send({ externalId: 'u' }, { text: 'x' })).toEqual({ ok: true });
    expect(w.tokens()).toBe(2);
    const again = fakeWecom([{ errcode: 40014 }, { errcode: 40014, errmsg: 'invalid access_token' }]);
    const s2 = wecomAppSender(config.wecom, { fetch: again.fetch, clock: () => new Date() })!;
    expect(await s2.send({ externalId: 'u' }, { text: 'x' })).toMatchObject({
      ok: false,
      error: 'wecom 40014 invalid access_token',
    });
    expect(again.tokens()).toBe(2);
  });

  it('asks to wait on a frequency limit and refuses a person without a userid', async () => {
    const w = fakeWecom([{ errcode: 45009, errmsg: 'api freq out of limit' }]);
    const sender = wecomAppSender(config.wecom, { fetch: w.fetch, clock: () => new Date() })!;
    expect(await sender.send({ externalId: 'u' }, { text: 'x' })).toMatchObject({
      ok: false,
      retryAfterMs: 60_000,
    });
    expect(await sender.send({ personId: 'u4' }, { text: 'x' })).toMatchObject({
      ok: false,
      permanent: true,
    });
  });

  it('is absent when the app is not configured', () => {
    expect(
      wecomAppSender(testConfig().wecom, { fetch: globalThis.fetch, clock: () => new Date() }),
    ).toBeNull();
  });
});

describe('WeCom group robot webhook', () => {
  it('posts text with userids and @all mentioned, clipped to 2048 bytes', async () => {
    const w = fakeWecom([]);
    const sender = wecomWebhookSender(config.wecom, {
      fetch: w.fetch,
      mentionIds: async (ids) => ids.map((id) => `wx-${id}`),
    });
    const long = '请各村今天下午5点前报送值班表。'.repeat(200);
    expect(await sender.send({ groupId: 'k3' }, { text: long, mentions: ['all', 'u4'] })).toEqual({
      ok: true,
    });
    const [call] = w.calls;
    expect(call!.url).toBe('https://wecom.test/cgi-bin/webhook/send?key=robot-key-1');
    const body = call!.body as { msgtype: string; text: { content: string; mentioned_list: string[] } };
    expect(body.text.mentioned_list).toEqual(['@all', 'wx-u4']);
    expect(new TextEncoder().encode(body.text.content).length).toBeLessThanOrEqual(2048);
    expect(body.text.content.endsWith('…')).toBe(true);
  });

  it('refuses a group that has no robot configured', async () => {
    const sender = wecomWebhookSender(config.wecom, { fetch: fakeWecom([]).fetch });
    expect(await sender.send({ groupId: 'k1' }, { text: 'x' })).toMatchObject({ ok: false, permanent: true });
  });
});
