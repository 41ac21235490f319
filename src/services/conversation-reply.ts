// A reply is an outbox row like everything else the system sends: once per message, to its sender.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { messages } from '../../db/schema.js';
import { replyChannel } from '../core/conversation/reply-channel.js';
import type { InboundMessage } from '../core/types.js';
import { enqueue, type OutboxBody } from './outbox.js';

export interface ReplyOptions {
  /** Answer privately even though the message came from a group (progress names people). */
  private?: boolean;
}

/** WeCom's AI bot answers through the one-time response_url of the message it got; the app has none. */
async function aibotReplyUrl(db: Db, county: string, msg: InboundMessage): Promise<string | null> {
  const [row] = await db
    .select({ payload: messages.payload })
    .from(messages)
    .where(
      and(
        eq(messages.countyId, county),
        eq(messages.platform, msg.platform),
        eq(messages.platformId, msg.id),
      ),
    );
  const raw = (row?.payload as { raw?: Record<string, unknown> } | undefined)?.raw;
  const url = raw?.response_url ?? raw?.responseUrl;
  return typeof url === 'string' && url ? url : null;
}

export async function enqueueReply(
  db: Db,
  county: string,
  msg: InboundMessage,
  text: string,
  opts: ReplyOptions = {},
): Promise<boolean> {
  const inGroup = msg.group !== null && !opts.private;
  let channel = replyChannel({ platform: msg.platform, group: inGroup ? msg.group : null });
  // replyTo names the message answered; responseUrl is the AI bot's way back, when it came that way.
  const body: OutboxBody & { replyTo: string; responseUrl?: string } = inGroup
    ? { text, groupId: msg.group!, mentions: [msg.sender], replyTo: msg.id }
    : { text, replyTo: msg.id };
  if (channel.startsWith('wecom')) {
    const url = await aibotReplyUrl(db, county, msg);
    if (url && !opts.private) {
      channel = 'wecom-aibot';
      body.responseUrl = url;
    } else channel = inGroup ? 'wecom-webhook' : 'wecom-app';
  }
  return enqueue(db, {
    county,
    recipientId: msg.sender,
    channel,
    purpose: 'reply',
    period: msg.id,
    body,
    dueAt: new Date(msg.at),
  });
}
