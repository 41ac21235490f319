// Recorded Wechaty captures → envelopes → inbound messages, without a puppet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  mentionsAll,
  parseWechaty,
  type WechatyCapture,
  wechatRefs,
  wechatToInbound,
} from '../../src/channels/wechat/parse.js';
import { inboundMessageSchema } from '../../src/core/inbound-schema.js';

const capture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/wechaty/${name}.json`, import.meta.url), 'utf8'),
  ) as WechatyCapture;

describe('Wechaty captures', () => {
  it('reads a room message with @所有人 (from the mention list) and binds by topic and alias', () => {
    const env = parseWechaty(capture('room-text-mention-all'))!;
    expect(env).toMatchObject({
      id: '4512785541829381273',
      at: '2026-12-05T02:00:00.000Z',
      type: 'text',
      room: { topic: '河口镇工作群' },
      talker: { name: '林海', alias: '林书记' },
      mentionAll: true,
    });
    const refs = wechatRefs(env);
    expect(refs.group).toEqual({ kind: 'group', keys: ['河口镇工作群'], name: '河口镇工作群' });
    expect(refs.sender.keys).toEqual(['alias:林书记', 'name:林海']);
    const inbound = wechatToInbound(env, {
      bot: 'bot',
      group: { id: 'k2', pending: false },
      sender: { id: 'u2', pending: false },
      mentions: [],
    });
    expect(inbound).toMatchObject({ platform: 'wechat', group: 'k2', sender: 'u2', mentions: ['all'] });
    expect(inboundMessageSchema.safeParse(inbound).success).toBe(true);
  });

  it('keeps named mentions and millisecond timestamps', () => {
    const env = parseWechaty(capture('room-text-mentions'))!;
    expect(env.at).toBe('2026-12-05T02:01:00.000Z');
    expect(env.mentionAll).toBe(false);
    expect(wechatRefs(env).mentions.map((m) => m.keys[0])).toEqual(['name:宋春', 'alias:唐秋']);
    const inbound = wechatToInbound(env, {
      bot: 'bot',
      group: { id: 'k2', pending: false },
      sender: { id: 'u2', pending: false },
      mentions: [
        { id: 'u4', pending: false },
        { id: 'u5', pending: false },
      ],
    });
    expect(inbound.mentions).toEqual(['u4', 'u5']);
  });

  it('reads a link sent to the bot directly as a message to the bot', () => {
    const env = parseWechaty(capture('direct-url'))!;
    expect(env).toMatchObject({
      type: 'link',
      title: '关于开展防汛检查的通知',
      url: 'https://mp.weixin.qq.com/s/abc',
      room: null,
    });
    const inbound = wechatToInbound(env, {
      bot: 'bot',
      group: null,
      sender: { id: 'wechat:宋春', pending: true },
      mentions: [],
    });
    expect(inbound).toMatchObject({ group: null, to: 'bot', sender: 'wechat:宋春', type: 'link' });
    expect(inbound.text).toBeUndefined();
    expect(inboundMessageSchema.safeParse(inbound).success).toBe(true);
  });

  it("ignores the bot's own messages", () => {
    expect(parseWechaty(capture('self-message'))).toBeNull();
  });

  it('detects @所有人 in the text when the puppet gives no mention list', () => {
    expect(mentionsAll(undefined, '@所有人\u2005明天开会')).toBe(true);
    expect(mentionsAll([], '请@所有人员注意')).toBe(false);
    expect(mentionsAll(['announcement@all'], '群公告')).toBe(true);
  });
});
