// A Wechaty message, captured as plain payloads (message, talker, room, mentioned contacts), becomes a
// WechatEnvelope: what the bot spools and the service resolves. Pure: the fixtures under
// test/fixtures/wechaty are such captures. Ids are not kept for binding: they change on re-login.
import type { MessageType } from '../../core/types.js';
import type { BindingRef, InboundMessage, Resolution } from '../contract.js';

/** Wechaty's MessageType numbers (wechaty-puppet `types.Message`). */
const T = { Unknown: 0, Attachment: 1, ChatHistory: 4, Image: 6, Text: 7, Recalled: 13, Url: 14 } as const;

export interface ContactCapture {
  id: string;
  name: string;
  /** The bot account's remark for the contact: the most stable thing an operator controls. */
  alias?: string;
}

export interface WechatyCapture {
  message: {
    id: string;
    talkerId?: string;
    roomId?: string;
    listenerId?: string;
    text?: string;
    type: number;
    /** Seconds or milliseconds, depending on the puppet. */
    timestamp: number;
    mentionIdList?: string[];
    filename?: string;
  };
  talker: ContactCapture;
  room?: { id: string; topic: string } | null;
  mentions?: ContactCapture[];
  self?: boolean;
  url?: { title?: string; url?: string };
}

export interface WechatEnvelope {
  id: string;
  at: string;
  type: MessageType;
  text?: string;
  url?: string;
  title?: string;
  name?: string;
  forwarded?: boolean;
  room: { topic: string } | null;
  talker: { name: string; alias?: string };
  mentions: { name: string; alias?: string }[];
  mentionAll: boolean;
  raw: Record<string, unknown>;
}

const ALL_IDS = new Set(['notify@all', 'announcement@all', '@all']);
const ALL_TEXT = /@所有人(?:\s|\u2005|$)/;

/** Wechaty does not report @所有人: the puppet's mention list or the text says it. */
export function mentionsAll(mentionIdList: string[] | undefined, text: string | undefined): boolean {
  return (mentionIdList ?? []).some((id) => ALL_IDS.has(id)) || ALL_TEXT.test(text ?? '');
}

function typeOf(n: number): { type: MessageType; forwarded?: boolean } {
  switch (n) {
    case T.Text:
      return { type: 'text' };
    case T.Image:
      return { type: 'image' };
    case T.Url:
      return { type: 'link' };
    case T.Attachment:
      return { type: 'file' };
    case T.ChatHistory:
      return { type: 'text', forwarded: true };
    default:
      return { type: 'system' };
  }
}

/** Null for the bot's own messages and for recalls (nothing to keep). */
export function parseWechaty(c: WechatyCapture): WechatEnvelope | null {
  const m = c.message;
  if (c.self || m.type === T.Recalled) return null;
  const ms = m.timestamp > 1e11 ? m.timestamp : m.timestamp * 1000;
  const { type, forwarded } = typeOf(m.type);
  const env: WechatEnvelope = {
    id: m.id,
    at: new Date(ms).toISOString(),
    type,
    room: c.room ? { topic: c.room.topic } : null,
    talker: contact(c.talker),
    mentions: (c.mentions ?? []).map(contact),
    mentionAll: mentionsAll(m.mentionIdList, m.text),
    raw: { ...m },
  };
  if (type === 'text' && m.text !== undefined) env.text = m.text;
  if (type === 'link') {
    if (c.url?.url) env.url = c.url.url;
    if (c.url?.title) env.title = c.url.title;
  }
  if (type === 'file' && m.filename) env.name = m.filename;
  if (type === 'system' && m.text) env.text = m.text;
  if (forwarded) env.forwarded = true;
  return env;
}

function contact(x: ContactCapture): { name: string; alias?: string } {
  return x.alias ? { name: x.name, alias: x.alias } : { name: x.name };
}

/** Stable keys of a contact, best first: the operator's alias, then the contact's own name. */
export function contactKeys(x: { name: string; alias?: string }): string[] {
  return x.alias ? [`alias:${x.alias}`, `name:${x.name}`] : [`name:${x.name}`];
}

export function wechatRefs(e: WechatEnvelope): {
  group: BindingRef | null;
  sender: BindingRef;
  mentions: BindingRef[];
} {
  const groupKey = e.room?.topic;
  const person = (x: { name: string; alias?: string }): BindingRef => ({
    kind: 'person',
    keys: contactKeys(x),
    name: x.alias ?? x.name,
    ...(groupKey ? { groupKey } : {}),
  });
  return {
    group: e.room ? { kind: 'group', keys: [e.room.topic], name: e.room.topic } : null,
    sender: person(e.talker),
    mentions: e.mentions.map((x) => ({ ...person(x), record: false })),
  };
}

export function wechatToInbound(e: WechatEnvelope, r: Resolution): InboundMessage {
  const out: InboundMessage = {
    id: e.id,
    at: e.at,
    platform: 'wechat',
    group: r.group?.id ?? null,
    sender: r.sender.id,
    type: e.type,
    raw: e.raw,
  };
  if (!r.group) out.to = r.bot;
  for (const k of ['text', 'url', 'title', 'name', 'forwarded'] as const) {
    if (e[k] !== undefined) (out as Record<string, unknown>)[k] = e[k];
  }
  const mentions = [...(e.mentionAll ? ['all'] : []), ...r.mentions.map((x) => x.id)];
  if (mentions.length > 0) out.mentions = [...new Set(mentions)];
  return out;
}
