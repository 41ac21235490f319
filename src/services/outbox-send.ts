// Delivering due outbox rows through the in-process senders (WeCom). The WeChat bot is its own process
// and takes its rows through the bot API (outbox-bot.ts) under the same limits.
import type { ChannelSender, SendResult } from '../channels/contract.js';
import type { Deps } from '../deps.js';
import { claimDue } from './outbox-claim.js';
import { channelLimits } from './outbox-limits.js';
import { recordResult } from './outbox-result.js';
import { targetOf } from './outbox-target.js';

export interface ChannelRun {
  channel: string;
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

/** Rows claimed per channel per run; the per-recipient limits still apply inside it. */
const BATCH = 50;

export async function runSenders(
  deps: Pick<Deps, 'db' | 'config' | 'logger'>,
  now: Date,
  senders: ChannelSender[],
): Promise<ChannelRun[]> {
  const runs: ChannelRun[] = [];
  for (const sender of senders) {
    const run: ChannelRun = { channel: sender.channel, claimed: 0, sent: 0, retrying: 0, failed: 0 };
    const rows = await claimDue(deps.db, {
      channel: sender.channel,
      limit: BATCH,
      now,
      limits: channelLimits(sender.channel, deps.config),
    });
    run.claimed = rows.length;
    for (const row of rows) {
      let result: SendResult;
      try {
        result = await sender.send(await targetOf(deps.db, row), row.body);
      } catch (err) {
        result = { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
      const recorded = await recordResult(deps.db, row.county, row.key, result, now);
      if (recorded?.state === 'sent') run.sent++;
      else if (recorded?.state === 'failed') run.failed++;
      else run.retrying++;
      if (!result.ok)
        deps.logger.warn('send failed', { channel: sender.channel, key: row.key, error: result.error });
    }
    runs.push(run);
  }
  return runs;
}
