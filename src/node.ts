// Node entry: parse config, open and migrate the database, serve the app, drain on SIGTERM.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { startScheduleCron } from './jobs/schedule-cron.js';
import { createLogger } from './logger.js';
import { configOrExit, openConfigured } from './process-setup.js';

async function main() {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  const database = await openConfigured(config);
  const deps = { db: database.db, config, clock: () => new Date(), logger };
  const app = createApp(deps);
  const cronTask = config.schedule.enabled ? startScheduleCron(deps) : null;
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    logger.info('qingdan listening', {
      url: `http://localhost:${info.port}`,
      database: database.location,
    });
  });
  // WECHAT_BOT=1 runs the WeChat bot in this process too (it still talks to the service over HTTP).
  const bot = config.wechatBot
    ? await (await import('../bots/run.js')).runWechatBot(config, logger)
    : undefined;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    cronTask?.stop();
    logger.info('stopping: draining requests', { signal });
    void bot?.stop().catch(() => undefined);
    // close() stops accepting and waits for in-flight requests to finish.
    server.close(async () => {
      await database.close();
      logger.info('stopped');
      process.exit(0);
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
