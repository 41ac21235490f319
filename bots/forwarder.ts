// Spool first, then deliver: every envelope is on disk before the service sees it, and the spool is
// drained in order whenever something arrives or the service comes back (retry with back-off).
import { type WechatEnvelope, wechatRefs, wechatToInbound } from '../src/channels/wechat/parse.js';
import type { Logger } from '../src/logger.js';
import { type ServiceClient, ServiceError } from './service-client.js';
import type { Spool, Verdict } from './spool.js';

export class Forwarder {
  private running?: Promise<void>;
  private again = false;
  private timer?: ReturnType<typeof setTimeout>;
  private backoffMs = 0;
  private stopped = false;

  constructor(
    private readonly spool: Spool<WechatEnvelope>,
    private readonly client: ServiceClient,
    private readonly logger: Logger,
    private readonly o: { minRetryMs?: number; maxRetryMs?: number; batchSize?: number } = {},
  ) {}

  /** Durably keeps the message, then tries to deliver it (and anything before it). */
  async accept(e: WechatEnvelope): Promise<void> {
    await this.spool.append(e);
    this.kick();
  }

  /** Starts a drain unless one is running; a running one goes round once more. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = undefined;
    });
  }

  /** Drains now and waits: true when the spool is empty. */
  async flush(): Promise<boolean> {
    await this.running;
    const r = await this.spool.drain((b) => this.deliver(b), this.o.batchSize);
    return r.done;
  }

  /** How many messages wait in the spool. */
  async pendingCount(): Promise<number> {
    return (await this.spool.pending()).length;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      const r = await this.spool.drain((b) => this.deliver(b), this.o.batchSize);
      if (!r.done) return this.retryLater();
      this.backoffMs = 0;
    } while (this.again && !this.stopped);
  }

  private retryLater(): void {
    const min = this.o.minRetryMs ?? 1_000;
    this.backoffMs = Math.min(this.o.maxRetryMs ?? 60_000, this.backoffMs ? this.backoffMs * 2 : min);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.kick(), this.backoffMs);
  }

  private async deliver(batch: WechatEnvelope[]): Promise<Verdict> {
    try {
      const resolved = await this.client.resolve('wechat', batch.map(wechatRefs));
      await this.client.ingest(batch.map((e, i) => wechatToInbound(e, resolved[i]!)));
      return 'ok';
    } catch (err) {
      if (err instanceof ServiceError && err.permanent) {
        this.logger.error('service refused messages; kept in rejected.jsonl', { error: err.message });
        return 'reject';
      }
      this.logger.warn('service not reachable; messages stay in the spool', {
        error: err instanceof Error ? err.message : String(err),
        waiting: batch.length,
      });
      return 'retry';
    }
  }
}
