// The AI bot's decrypted JSON (path/100719) → WecomMessage. The payload has no send time: the
// moment we received it stands in. Stream refreshes and events are not messages (null).
import { z } from 'zod';
import type { WecomMessage } from './message.js';

const payload = z.object({
  msgid: z.string().min(1).max(200),
  aibotid: z.string().optional(),
  chatid: z.string().max(200).optional(),
  chattype: z.enum(['single', 'group']).optional(),
  from: z.object({ userid: z.string().min(1).max(200) }),
  response_url: z.string().optional(),
  msgtype: z.string(),
  text: z.object({ content: z.string() }).optional(),
  image: z.object({ url: z.string() }).optional(),
  voice: z.object({ content: z.string() }).optional(),
  mixed: z
    .object({
      msg_item: z.array(
        z.object({
          msgtype: z.string(),
          text: z.object({ content: z.string() }).optional(),
          image: z.object({ url: z.string() }).optional(),
        }),
      ),
    })
    .optional(),
});

export type AibotParse = { ok: true; message: WecomMessage | null } | { ok: false };

export function parseAibotMessage(json: string, now: Date): AibotParse {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false };
  }
  if (value && typeof value === 'object' && (value as { msgtype?: unknown }).msgtype === 'event')
    return { ok: true, message: null };
  const parsed = payload.safeParse(value);
  if (!parsed.success) return { ok: false };
  const p = parsed.data;
  const base = {
    source: 'aibot' as const,
    msgId: p.msgid,
    userId: p.from.userid,
    at: now.toISOString(),
    mentionsBot: p.chattype === 'group',
    raw: value as Record<string, unknown>,
    ...(p.chattype === 'group' && p.chatid ? { chatId: p.chatid } : {}),
    ...(p.response_url ? { responseUrl: p.response_url } : {}),
  };
  let m: WecomMessage | null = null;
  if (p.msgtype === 'text' && p.text) m = { ...base, type: 'text', text: p.text.content };
  else if (p.msgtype === 'voice' && p.voice) m = { ...base, type: 'text', text: p.voice.content };
  else if (p.msgtype === 'image' && p.image) m = { ...base, type: 'image', url: p.image.url };
  else if (p.msgtype === 'mixed' && p.mixed) {
    const text = p.mixed.msg_item.flatMap((i) => (i.text ? [i.text.content] : [])).join('\n');
    m = { ...base, type: 'text', text };
  }
  return { ok: true, message: m };
}
