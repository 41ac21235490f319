// `npm run bot`: the WeChat bot as its own process, one per WeChat account.
import { createLogger } from '../src/logger.js';
import { configOrExit } from '../src/process-setup.js';
import { runWechatBot } from './run.js';

async function main() {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  const bot = await runWechatBot(config, logger);
  const stop = async () => {
    await bot.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
