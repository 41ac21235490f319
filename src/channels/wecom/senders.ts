// WeCom behind the one ChannelSender interface, built from config with fetch and clock injected.
import type { Config } from '../../config.js';
import type { ChannelSender } from '../contract.js';
import { AccessToken, type Fetch, sendAppMessage } from './app-api.js';
import { sendWebhook } from './webhook.js';

/** App messages to one member; target.externalId is the WeCom userid. Null when not configured. */
export function wecomAppSender(
  w: Config['wecom'],
  io: { fetch: Fetch; clock: () => Date },
): ChannelSender | null {
  if (!w.corpId || !w.secret || w.agentId === undefined) return null;
  const o = { apiBase: w.apiBase, corpId: w.corpId, secret: w.secret, agentId: w.agentId, ...io };
  const token = new AccessToken(o);
  return {
    channel: 'wecom-app',
    async send(target, body) {
      if (!target.externalId) return { ok: false, permanent: true, error: 'no WeCom userid for this person' };
      return sendAppMessage(o, token, target.externalId, body);
    },
  };
}

/**
 * Posts into a group through its robot webhook (WECOM_WEBHOOKS maps group id → key).
 * `mentionIds` turns roster person ids into WeCom userids for mentioned_list.
 */
export function wecomWebhookSender(
  w: Config['wecom'],
  io: { fetch: Fetch; mentionIds?: (personIds: string[]) => Promise<string[]> },
): ChannelSender {
  return {
    channel: 'wecom-webhook',
    async send(target, body) {
      const key = target.groupId ? w.webhooks[target.groupId] : undefined;
      if (!key)
        return {
          ok: false,
          permanent: true,
          error: `no webhook configured for group ${target.groupId ?? '?'}`,
        };
      const people = (body.mentions ?? []).filter((m) => m !== 'all');
      const ids = people.length && io.mentionIds ? await io.mentionIds(people) : [];
      const mentions = [...(body.mentions?.includes('all') ? ['all'] : []), ...ids];
      return sendWebhook({ apiBase: w.apiBase, fetch: io.fetch }, key, { ...body, mentions });
    },
  };
}
