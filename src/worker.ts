// Cloudflare Workers entry: the same createApp over PostgreSQL (Hyperdrive or DATABASE_URL). No PGlite here.
import { openPostgres } from '../db/open-postgres.js';
import { createApp } from './app.js';
import { parseConfig } from './config.js';
import { createLogger } from './logger.js';
import { runScheduled } from './services/schedule.js';

interface WorkerEnv {
  HYPERDRIVE?: { connectionString: string };
  [name: string]: unknown;
}

function build(env: WorkerEnv) {
  const vars = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<
    string,
    string
  >;
  const url = env.HYPERDRIVE?.connectionString ?? vars.DATABASE_URL;
  const config = parseConfig({ ...vars, DATABASE_URL: url });
  if (!config.database.url) throw new Error('DATABASE_URL or a HYPERDRIVE binding is required on Workers');
  // Workers may not reuse a connection across requests: one small pool per invocation.
  const database = openPostgres(config.database.url, 2);
  const logger = createLogger(config.logLevel);
  return { database, config, logger };
}

export default {
  async fetch(
    request: Request,
    env: WorkerEnv,
    ctx: { waitUntil(p: Promise<unknown>): void; passThroughOnException(): void },
  ) {
    const { database, config, logger } = build(env);
    const app = createApp({ db: database.db, config, clock: () => new Date(), logger });
    // Work the app defers past its answer (WeCom callbacks) must finish before the connection closes.
    const pending: Promise<unknown>[] = [];
    const collecting = {
      waitUntil: (p: Promise<unknown>) => void pending.push(p),
      passThroughOnException: () => ctx.passThroughOnException(),
      props: {},
    };
    const res = await app.fetch(request, env, collecting);
    ctx.waitUntil(Promise.allSettled(pending).then(() => database.close()));
    return res;
  },
  async scheduled(
    event: { scheduledTime: number; cron: string },
    env: WorkerEnv,
    ctx: { waitUntil(p: Promise<unknown>): void },
  ) {
    const { database, config, logger } = build(env);
    const run = config.schedule.enabled
      ? runScheduled({ db: database.db, config, logger }, new Date(event.scheduledTime))
      : Promise.resolve();
    ctx.waitUntil(run.finally(() => database.close()));
  },
};
