// The bot-facing outbox: a separate sender process (the WeChat bot) claims what it may send now and
// reports each result. Guarded by the ingest token; the county is named or is the only one.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { claimForBot, reportResult } from '../services/outbox-bot.js';
import { resolveCounty } from '../services/roster-load.js';
import { requireToken } from './auth.js';
import { jsonBody } from './json-body.js';

const claimSchema = z.object({
  channel: z.enum(['wechat', 'wecom-app', 'wecom-webhook', 'wecom-aibot', 'api']),
  limit: z.number().int().min(1).max(50).default(1),
});

const resultSchema = z.object({
  ok: z.boolean(),
  error: z.string().max(2000).optional(),
  permanent: z.boolean().optional(),
  retryAfterMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600_000)
    .optional(),
});

export function outboxRoutes(deps: Deps) {
  const guard = requireToken(deps.config.auth.ingestToken, 'INGEST_TOKEN');
  return new Hono()
    .post('/outbox/claim', guard, async (c) => {
      const body = await jsonBody(c, claimSchema);
      const county = await resolveCounty(deps.db, c.req.header('x-qingdan-county'));
      const items = await claimForBot(deps, county, body.channel, body.limit, deps.clock());
      return c.json({ items });
    })
    .post('/outbox/:key/result', guard, async (c) => {
      const body = await jsonBody(c, resultSchema);
      const county = await resolveCounty(deps.db, c.req.header('x-qingdan-county'));
      const recorded = await reportResult(deps, county, c.req.param('key'), body, deps.clock());
      return c.json({
        state: recorded.state,
        attempts: recorded.attempts,
        dueAt: recorded.dueAt.toISOString(),
      });
    });
}
