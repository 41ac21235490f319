// The WeChat bot: Wechaty events ⇄ the service. Messages are captured, parsed and spooled one at a
// time in arrival order; the login QR goes to the terminal and to the service's /bot/qr page.
import type { Wechaty } from 'wechaty';
import { parseWechaty, type WechatEnvelope } from '../src/channels/wechat/parse.js';
import type { Logger } from '../src/logger.js';
import { captureOf } from './capture.js';
import { Forwarder } from './forwarder.js';
import { SendLoop } from './send-loop.js';
import type { BotStatusReport, ServiceClient } from './service-client.js';
import { Spool } from './spool.js';

export interface WechatBotOptions {
  wechaty: Wechaty;
  client: ServiceClient;
  logger: Logger;
  spoolDir: string;
  send: { intervalMs: number; dailyCap: number; enabled?: boolean; sleep?: (ms: number) => Promise<void> };
  /** Prints the login QR (the terminal in production). */
  showQr?: (qr: string) => void | Promise<void>;
  retry?: { minRetryMs?: number; maxRetryMs?: number };
}

export interface WechatBot {
  forwarder: Forwarder;
  sender: SendLoop;
  /** Resolves once every message received so far is spooled. */
  settled(): Promise<void>;
  stop(): void;
}

export function attachWechatBot(o: WechatBotOptions): WechatBot {
  const spool = new Spool<WechatEnvelope>(o.spoolDir);
  const forwarder = new Forwarder(spool, o.client, o.logger, o.retry);
  const sender = new SendLoop({
    client: o.client,
    wechaty: o.wechaty,
    logger: o.logger,
    intervalMs: o.send.intervalMs,
    dailyCap: o.send.dailyCap,
    stateDir: o.spoolDir,
    ...(o.send.sleep ? { sleep: o.send.sleep } : {}),
  });
  const report = (r: BotStatusReport) =>
    o.client.status(r).catch((err: unknown) => {
      o.logger.warn('cannot report bot status', { error: err instanceof Error ? err.message : String(err) });
    });
  // One message at a time, so the spool keeps arrival order.
  let queue: Promise<void> = Promise.resolve();

  o.wechaty
    .on('scan', async (qr, status) => {
      o.logger.info('waiting for a login scan', { status });
      await o.showQr?.(qr);
      await report({ state: 'scan', qr });
    })
    .on('login', async (user) => {
      o.logger.info('logged in', { user: user.name() });
      await report({ state: 'login', user: user.name() });
      forwarder.kick();
      if (o.send.enabled !== false) sender.start();
    })
    .on('logout', async (user, reason) => {
      o.logger.warn('logged out', { user: user.name(), reason });
      sender.stop();
      await report({ state: 'logout', user: user.name(), ...(reason ? { message: String(reason) } : {}) });
    })
    .on('error', (err) => {
      // Without a handler an error (a watchdog reset) would crash the process.
      o.logger.error('wechaty error', { error: err instanceof Error ? err.message : String(err) });
    })
    .on('message', (m) => {
      queue = queue.then(async () => {
        try {
          const env = parseWechaty(await captureOf(m));
          if (env) await forwarder.accept(env);
        } catch (err) {
          o.logger.error('message not spooled', {
            id: m.id,
            error: err instanceof Error ? err.message : String(err),
          });
        }
      });
    });

  return {
    forwarder,
    sender,
    settled: () => queue,
    stop() {
      sender.stop();
      forwarder.stop();
    },
  };
}
