// The WeChat bot's side door: it reports its login state (ingest token), admins open the QR page
// (admin token in the query or a header), and it asks which roster group or person a name means.
import { timingSafeEqual } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { botStatus, setBotStatus } from '../services/bot-status.js';
import { resolveRefs } from '../services/resolve-refs.js';
import { resolveCounty } from '../services/roster-load.js';
import { requireToken } from './auth.js';
import { botQrPage } from './bot-page.js';
import { jsonBody } from './json-body.js';

const statusBody = z.object({
  state: z.enum(['starting', 'scan', 'login', 'logout', 'error']),
  qr: z.string().max(4000).optional(),
  user: z.string().max(200).optional(),
  message: z.string().max(500).optional(),
});

const key = z.string().min(1).max(200);
const ref = z.object({
  kind: z.enum(['group', 'person']),
  keys: z.array(key).min(1).max(5),
  name: z.string().max(200).optional(),
  groupKey: key.optional(),
  record: z.boolean().optional(),
});
const resolveBody = z.object({
  platform: z.enum(['wechat', 'wecom']),
  messages: z
    .array(z.object({ group: ref.nullable(), sender: ref, mentions: z.array(ref).max(50).optional() }))
    .min(1)
    .max(500),
});

function adminGuard(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) throw new AppError('not_configured', 'ADMIN_TOKEN is not set on the server');
    const header = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const given = Buffer.from((c.req.query('token') ?? header ?? c.req.header('x-admin-token') ?? '').trim());
    const want = Buffer.from(token);
    if (given.length !== want.length || !timingSafeEqual(given, want))
      throw new AppError('unauthorized', 'missing or wrong admin token');
    await next();
  };
}

export function botRoutes(deps: Deps) {
  const ingestOnly = requireToken(deps.config.auth.ingestToken, 'INGEST_TOKEN');
  return new Hono()
    .post('/api/bot/status', ingestOnly, async (c) => {
      const body = await jsonBody(c, statusBody);
      const county = await resolveCounty(deps.db, c.req.header('x-qingdan-county'));
      await setBotStatus(deps.db, county, { ...body, at: deps.clock().toISOString() });
      return c.json({ ok: true });
    })
    .get('/bot/qr', adminGuard(deps.config.auth.adminToken), async (c) => {
      const county = await resolveCounty(deps.db, c.req.query('county'));
      const html = await botQrPage(await botStatus(deps.db, county));
      c.header('cache-control', 'no-store');
      return c.html(html);
    })
    .post('/api/bindings/resolve', ingestOnly, async (c) => {
      const body = await jsonBody(c, resolveBody);
      const county = await resolveCounty(deps.db, c.req.header('x-qingdan-county'));
      const results = [];
      for (const m of body.messages) results.push(await resolveRefs(deps.db, county, body.platform, m));
      return c.json({ results });
    });
}
