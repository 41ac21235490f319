// The bot sends what the outbox holds for WeChat, slowly: WeChat limits accounts that send fast
// ("操作过于频繁"). One message at a time, a few seconds apart with jitter, and a daily cap that
// survives a restart (kept in the spool directory).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Wechaty } from 'wechaty';
import type { Logger } from '../src/logger.js';
import type { OutboxClaim, ServiceClient } from './service-client.js';

export interface SendLoopOptions {
  client: ServiceClient;
  wechaty: Wechaty;
  logger: Logger;
  intervalMs: number;
  dailyCap: number;
  stateDir: string;
  clock?: () => Date;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** How long to wait when the outbox is empty or the service is down. */
  idleMs?: number;
}

const localDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

export class SendLoop {
  private running = false;
  private state?: { day: string; sent: number };
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly o: SendLoopOptions) {
    this.clock = o.clock ?? (() => new Date());
    this.random = o.random ?? Math.random;
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  /** The pause before the next send: the interval plus up to half of it again. */
  gapMs(): number {
    return Math.round(this.o.intervalMs * (1 + 0.5 * this.random()));
  }

  /** Claims what the daily cap allows and sends it one by one; returns how many were sent. */
  async tick(): Promise<number> {
    const state = await this.loadState();
    const room = Math.min(5, this.o.dailyCap - state.sent);
    if (room <= 0) return 0;
    let items: OutboxClaim[];
    try {
      items = await this.o.client.claim(room);
    } catch (err) {
      this.o.logger.warn('cannot claim outbox rows', {
        error: err instanceof Error ? err.message : String(err),
      });
      return 0;
    }
    let sent = 0;
    for (const [i, item] of items.entries()) {
      if (i > 0) await this.sleep(this.gapMs());
      const { error, permanent } = await this.sendOne(item);
      if (!error) {
        sent++;
        state.sent++;
        await this.saveState(state);
      }
      await this.o.client
        .result(item.key, error ? { ok: false, error, ...(permanent ? { permanent } : {}) } : { ok: true })
        .catch((err: unknown) => {
          this.o.logger.error('cannot record a send result', {
            key: item.key,
            error: err instanceof Error ? err.message : String(err),
          });
        });
    }
    return sent;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void (async () => {
      while (this.running) {
        const n = await this.tick();
        await this.sleep(n > 0 ? this.gapMs() : (this.o.idleMs ?? 15_000));
      }
    })();
  }

  stop(): void {
    this.running = false;
  }

  /** No error when sent; otherwise why not, for the outbox row (permanent: retrying cannot help). */
  private async sendOne(item: OutboxClaim): Promise<{ error?: string; permanent?: boolean }> {
    const bot = this.o.wechaty;
    try {
      if (item.groupTopic) {
        const room = await bot.Room.find({ topic: item.groupTopic });
        if (!room) return { error: `room not found: ${item.groupTopic}`, permanent: true };
        const mentioned = [];
        for (const key of item.body.mentions ?? []) {
          const q = contactQuery(key);
          const c = q && (await room.member('alias' in q ? { contactAlias: q.alias } : q));
          if (c) mentioned.push(c);
        }
        await room.say(item.body.text, ...mentioned);
        return {};
      }
      const q = item.externalId ? contactQuery(item.externalId) : undefined;
      const contact = q && (await bot.Contact.find(q));
      if (!contact)
        return { error: `contact not found: ${item.externalId ?? item.recipientId}`, permanent: true };
      await contact.say(item.body.text);
      return {};
    } catch (err) {
      return { error: `wechat: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  private async loadState(): Promise<{ day: string; sent: number }> {
    const day = localDay(this.clock());
    if (!this.state) {
      try {
        this.state = JSON.parse(await readFile(join(this.o.stateDir, 'send-state.json'), 'utf8'));
      } catch {
        this.state = { day, sent: 0 };
      }
    }
    if (this.state!.day !== day) this.state = { day, sent: 0 };
    return this.state!;
  }

  private async saveState(s: { day: string; sent: number }): Promise<void> {
    await mkdir(this.o.stateDir, { recursive: true });
    await writeFile(join(this.o.stateDir, 'send-state.json'), JSON.stringify(s));
  }
}

/** `alias:林书记` → { alias }, `name:林海` → { name }; a bare string is a name. */
export function contactQuery(key: string): { alias: string } | { name: string } | undefined {
  if (key.startsWith('alias:')) return { alias: key.slice(6) };
  if (key.startsWith('name:')) return { name: key.slice(5) };
  return key ? { name: key } : undefined;
}
