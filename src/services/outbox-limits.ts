// Per-platform sending limits and the retry schedule. Pure: the claim applies them to counts it reads
// from the outbox itself, so every instance sees the same budget without a separate rate store.
import type { Config } from '../config.js';

export interface ChannelLimits {
  /** Sends per minute to one recipient (a member, or a group's robot). */
  perMinute?: number;
  perHour?: number;
  /** One send at a time, at least this far apart, plus up to `jitterMs` (WeChat: never burst). */
  minIntervalMs?: number;
  jitterMs?: number;
  /** Sends per local day for the whole channel (WeChat: one account). */
  dailyCap?: number;
}

export function channelLimits(channel: string, config: Pick<Config, 'wechaty'>): ChannelLimits {
  switch (channel) {
    case 'wechat':
      return {
        minIntervalMs: config.wechaty.sendIntervalMs,
        jitterMs: Math.round(config.wechaty.sendIntervalMs / 2),
        dailyCap: config.wechaty.dailyCap,
      };
    case 'wecom-webhook':
      return { perMinute: 20 }; // per robot (path/91770)
    case 'wecom-app':
      return { perMinute: 30, perHour: 1000 }; // per member (path/90454); excess is silently dropped
    default:
      return {};
  }
}

/** After this many attempts a row is given up (state 'failed'). */
export const MAX_ATTEMPTS = 6;
const BASE_MS = 30_000;
const CAP_MS = 3600_000;

/** Wait before the next attempt after `attempts` failed ones: 30 s, 1 min, 2 min, … at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** A claimed row is in flight this long; after that a crashed sender's row is claimed again. */
export const LEASE_MS = 10 * 60_000;

/** A stable jitter in [0, max) for the send after `key`: the same answer on every instance. */
export function jitterFor(key: string, max: number): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return max > 0 ? (h >>> 0) % max : 0;
}
