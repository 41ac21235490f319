// A verified, parsed WeCom message: resolve its chat and sender against the roster, then store it.
// Storing is idempotent on (wecom, MsgId), so WeCom's retries of the same message store it once.
import type { Db } from '../../db/client.js';
import { type WecomMessage, wecomRefs, wecomToInbound } from '../channels/wecom/message.js';
import type { InboundMessageInput } from '../core/inbound-schema.js';
import { storeMessages } from './ingest.js';
import { resolveRefs } from './resolve-refs.js';

/** Stores a WeCom message before the callback is answered; understanding it can come after. */
export async function storeWecom(
  deps: { db: Db },
  county: string,
  message: WecomMessage,
): Promise<{ batch: InboundMessageInput[]; stored: Map<number, number> }> {
  const resolution = await resolveRefs(deps.db, county, 'wecom', wecomRefs(message));
  const batch = [wecomToInbound(message, resolution)];
  return { batch, stored: await storeMessages(deps.db, county, batch) };
}
