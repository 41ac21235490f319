// A live Wechaty message → the plain capture the pure parser reads (and the fixtures record).
import type { Message } from 'wechaty';
import type { ContactCapture, WechatyCapture } from '../src/channels/wechat/parse.js';

type Contact = Awaited<ReturnType<Message['talker']>>;

async function contactOf(c: Contact): Promise<ContactCapture> {
  const alias = await c.alias().catch(() => undefined);
  return { id: c.id, name: c.name(), ...(alias ? { alias } : {}) };
}

export async function captureOf(m: Message): Promise<WechatyCapture> {
  const payload = m.payload;
  if (!payload) throw new Error(`message ${m.id} has no payload`);
  const room = m.room();
  const capture: WechatyCapture = {
    message: { ...(payload as WechatyCapture['message']) },
    talker: await contactOf(m.talker()),
    room: room ? { id: room.id, topic: await room.topic() } : null,
    mentions: room ? await Promise.all((await m.mentionList()).map(contactOf)) : [],
    self: m.self(),
  };
  if (m.type() === m.wechaty.Message.Type.Url) {
    const link = await m.toUrlLink().catch(() => undefined);
    if (link) capture.url = { title: link.title(), url: link.url() };
  }
  return capture;
}
