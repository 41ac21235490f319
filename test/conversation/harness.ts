// A county with a few tasks posted in a township group, and helpers to talk to the bot over HTTP.
import { and, eq } from 'drizzle-orm';
import { outbox } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import type { InboundMessageInput } from '../../src/core/inbound-schema.js';
import { silentLogger } from '../../src/logger.js';
import { importRoster } from '../../src/services/roster-import.js';
import type { Backend, TestDatabase } from '../helpers/db.js';
import { freshDatabase } from '../helpers/db.js';
import { INGEST_TOKEN, roster, testConfig } from '../helpers/factories.js';

export interface Harness {
  database: TestDatabase;
  post(m: InboundMessageInput): Promise<Response>;
  /** Sends a direct message to the bot and returns the reply the bot queued for it. */
  say(sender: string, text: string, at: string, extra?: Partial<InboundMessageInput>): Promise<string>;
  reply(
    sender: string,
    messageId: string,
  ): Promise<{ text: string; channel: string; body: Record<string, unknown> } | null>;
}

let n = 0;

export async function harness(backend: Backend): Promise<Harness> {
  const database = await freshDatabase(backend);
  await importRoster(database.db, roster());
  const app = createApp({
    db: database.db,
    config: testConfig(),
    clock: () => new Date(),
    logger: silentLogger,
  });
  const post = async (m: InboundMessageInput) => {
    const res = await app.request('/api/messages', {
      method: 'POST',
      headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(m),
    });
    if (res.status >= 300) throw new Error(`ingest ${res.status}: ${await res.text()}`);
    return res;
  };
  const reply: Harness['reply'] = async (sender, messageId) => {
    const [row] = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.recipientId, sender), eq(outbox.key, `${sender}|reply|${messageId}`)));
    if (!row) return null;
    const body = row.body as Record<string, unknown>;
    return { text: String(body.text), channel: row.channel, body };
  };
  const say: Harness['say'] = async (sender, text, at, extra = {}) => {
    const id = `dm-${++n}`;
    await post({ id, at, platform: 'wechat', group: null, to: 'bot', sender, type: 'text', text, ...extra });
    return (await reply(sender, id))?.text ?? '(no reply)';
  };
  return { database, post, say, reply };
}

/** A group message in 河口镇工作群 (k2). */
export function inGroup(
  id: string,
  sender: string,
  at: string,
  text: string,
  extra: Partial<InboundMessageInput> = {},
) {
  return { id, at, platform: 'wechat', group: 'k2', sender, type: 'text' as const, text, ...extra };
}
