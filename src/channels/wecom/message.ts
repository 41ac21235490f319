// A WeCom message after decryption and parsing, whichever callback it came through, and how it
// becomes the one inbound shape once the service has resolved its group and people.
import type { MessageType } from '../../core/types.js';
import type { BindingRef, InboundMessage, Resolution } from '../contract.js';

export interface WecomMessage {
  source: 'app' | 'aibot';
  msgId: string;
  userId: string;
  /** The group chat (AI bot @-mentioned in a group); absent for a direct message. */
  chatId?: string;
  at: string;
  type: MessageType;
  text?: string;
  url?: string;
  title?: string;
  /** The AI bot fires in a group only when @-mentioned. */
  mentionsBot: boolean;
  /** Where the AI bot may answer once within an hour. */
  responseUrl?: string;
  raw: Record<string, unknown>;
}

export function wecomRefs(m: WecomMessage): { group: BindingRef | null; sender: BindingRef } {
  return {
    group: m.chatId ? { kind: 'group', keys: [m.chatId], name: `企业微信群 ${m.chatId}` } : null,
    sender: { kind: 'person', keys: [m.userId], name: m.userId, groupKey: m.chatId },
  };
}

export function wecomToInbound(m: WecomMessage, r: Resolution): InboundMessage {
  const out: InboundMessage = {
    id: m.msgId,
    at: m.at,
    platform: 'wecom',
    group: r.group?.id ?? null,
    sender: r.sender.id,
    type: m.type,
    raw: m.raw,
  };
  if (!r.group) out.to = r.bot;
  if (m.text !== undefined) out.text = m.text;
  if (m.url !== undefined) out.url = m.url;
  if (m.title !== undefined) out.title = m.title;
  if (m.mentionsBot) out.mentions = [r.bot];
  return out;
}
