import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Deps } from '../deps.js';

export function healthRoutes(deps: Deps) {
  return new Hono().get('/healthz', async (c) => {
    try {
      await deps.db.execute(sql`select 1`);
      return c.json({ ok: true, database: 'ok' });
    } catch (err) {
      deps.logger.error('health check failed', { error: (err as Error).message });
      return c.json({ ok: false, database: 'unreachable' }, 503);
    }
  });
}
