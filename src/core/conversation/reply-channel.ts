// Which outbox channel answers a message: the platform it came in on, and for WeCom the way in
// (a group @-mention can only be answered by the AI bot; a direct message by the self-built app).
import type { InboundMessage } from '../types.js';

export function replyChannel(msg: Pick<InboundMessage, 'platform' | 'group'>): string {
  const p = msg.platform.toLowerCase();
  if (p === 'wecom') return msg.group === null ? 'wecom-app' : 'wecom-aibot';
  return p;
}
