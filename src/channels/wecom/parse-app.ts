// The self-built app's decrypted XML (path/96469) → WecomMessage. Events carry no MsgId and are
// not messages: they give null, as do message types the inbox has no use for.
import type { MessageType } from '../../core/types.js';
import type { WecomMessage } from './message.js';
import { parseWecomXml } from './xml.js';

const TYPES: Record<string, MessageType> = { text: 'text', image: 'image', link: 'link', file: 'file' };

export type AppParse = { ok: true; message: WecomMessage | null } | { ok: false };

export function parseAppMessage(xml: string): AppParse {
  const f = parseWecomXml(xml);
  if (!f) return { ok: false };
  const type = TYPES[f.MsgType ?? ''];
  if (!type || !f.MsgId || !f.FromUserName) return { ok: true, message: null };
  const seconds = Number(f.CreateTime);
  const at = Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null;
  if (!at) return { ok: false };
  const message: WecomMessage = {
    source: 'app',
    msgId: f.MsgId,
    userId: f.FromUserName,
    at: at.toISOString(),
    type,
    mentionsBot: false,
    raw: f,
  };
  if (type === 'text') message.text = f.Content ?? '';
  if (type === 'link') {
    message.title = f.Title;
    message.url = f.Url;
    message.text = f.Description;
  }
  if (type === 'image') message.url = f.PicUrl;
  return { ok: true, message: strip(message) };
}

function strip(m: WecomMessage): WecomMessage {
  for (const k of ['text', 'url', 'title'] as const) if (m[k] === undefined) delete m[k];
  return m;
}
