// Starts the WeChat bot from configuration: `npm run bot`, or `npm start` with WECHAT_BOT=1.
import QRCode from 'qrcode';
import { WechatyBuilder } from 'wechaty';
import type { Config } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import { loadPuppet } from './puppet.js';
import { ServiceClient } from './service-client.js';
import { attachWechatBot } from './wechat-bot.js';

export async function runWechatBot(config: Config, logger: Logger): Promise<{ stop(): Promise<void> }> {
  const token = config.auth.ingestToken;
  if (!token) throw new Error('INGEST_TOKEN must be set: the bot sends messages to the service with it');
  const baseUrl = config.wechaty.serviceUrl ?? `http://127.0.0.1:${config.port}`;
  const puppet = await loadPuppet(config.wechaty);
  // biome-ignore lint/suspicious/noExplicitAny: any puppet package's class is accepted here
  const wechaty = WechatyBuilder.build({ name: config.wechaty.name, puppet: puppet as any });
  const client = new ServiceClient({ baseUrl, token, fetch: globalThis.fetch });
  const bot = attachWechatBot({
    wechaty,
    client,
    logger,
    spoolDir: config.wechaty.spoolDir,
    send: { intervalMs: config.wechaty.sendIntervalMs, dailyCap: config.wechaty.dailyCap },
    showQr: async (qr) => {
      process.stdout.write(`${await QRCode.toString(qr, { type: 'terminal', small: true })}\n`);
      process.stdout.write(`用微信扫码登录，或打开 ${baseUrl}/bot/qr?token=<ADMIN_TOKEN>\n`);
    },
  });
  await client.status({ state: 'starting' }).catch(() => undefined);
  await wechaty.start();
  logger.info('wechat bot started', { puppet: config.wechaty.puppet, service: baseUrl });
  // Deliver whatever an earlier run left in the spool.
  bot.forwarder.kick();
  return {
    async stop() {
      bot.stop();
      await wechaty.stop();
    },
  };
}
