// The one contract every platform meets: inbound, a platform payload becomes the messages.jsonl shape
// (with the raw payload kept); outbound, one narrow send. Parsing is pure; transport lives elsewhere.
import type { InboundMessageInput } from '../core/inbound-schema.js';
import type { OutboxBody } from '../services/outbox.js';

export type { OutboxBody };

/** What every platform's events become before ingest. `raw` carries the platform payload as received. */
export type InboundMessage = InboundMessageInput;

/** Where a message goes. A sender reads the fields its platform needs and refuses the rest. */
export interface SendTarget {
  /** The roster person, for a direct message. */
  personId?: string;
  /** The roster group, for a post into a group. */
  groupId?: string;
  /** The platform's own id of the recipient (WeCom userid, a WeChat contact's alias or name). */
  externalId?: string;
}

export interface SendResult {
  ok: boolean;
  /** The platform asked us to slow down: try again after this long. */
  retryAfterMs?: number;
  /** Why it failed, for the outbox row (short, no secrets). */
  error?: string;
  /** The failure will not go away by retrying (bad recipient, missing settings). */
  permanent?: boolean;
}

export interface ChannelSender {
  /** wechat | wecom-app | wecom-webhook | wecom-aibot, as in outbox.channel */
  readonly channel: string;
  send(target: SendTarget, body: OutboxBody): Promise<SendResult>;
}

/** How a platform names a group or a person it is about to hand to ingest, before roster resolution. */
export interface BindingRef {
  kind: 'group' | 'person';
  /** Stable keys in order of preference (WeCom userid / chatid; WeChat `alias:…`, `name:…`, room topic). */
  keys: string[];
  /** A readable name for an admin confirming a pending binding. */
  name?: string;
  /** For a person: the group the message came from, to narrow a match by name. */
  groupKey?: string;
  /** false: resolve only, do not record an unknown one as pending (people merely @-mentioned). */
  record?: boolean;
}

export interface Resolved {
  /** A roster id when known, otherwise a platform-prefixed placeholder (`wecom:<userid>`). */
  id: string;
  /** True when the roster does not know it yet (an admin has to confirm). */
  pending: boolean;
}

/** A parsed platform message plus what the service resolved its group and people to. */
export interface Resolution {
  bot: string;
  group: Resolved | null;
  sender: Resolved;
  mentions: Resolved[];
}
