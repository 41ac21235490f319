// A verified, parsed WeCom message: resolve its chat and sender against the roster, then ingest.
// Ingest is idempotent on (wecom, MsgId), so WeCom's retries of the same message store it once.
import type { Db } from '../../db/client.js';
import { type WecomMessage, wecomRefs, wecomToInbound } from '../channels/wecom/message.js';
import type { Logger } from '../logger.js';
import { type IngestSummary, ingest } from './ingest.js';
import { resolveRefs } from './resolve-refs.js';
import type { UnderstandingOptions } from './understanding-options.js';

export async function ingestWecom(
  deps: { db: Db; logger: Logger },
  county: string,
  message: WecomMessage,
  opts: UnderstandingOptions,
): Promise<IngestSummary> {
  const resolution = await resolveRefs(deps.db, county, 'wecom', wecomRefs(message));
  return ingest(deps, county, [wecomToInbound(message, resolution)], opts);
}
