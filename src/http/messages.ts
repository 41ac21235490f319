import { Hono } from 'hono';
import { ingestBodySchema } from '../core/inbound-schema.js';
import type { Deps } from '../deps.js';
import { ingest } from '../services/ingest.js';
import { resolveCounty } from '../services/roster-load.js';
import { understandingOptions } from '../services/understanding-options.js';
import { requireToken } from './auth.js';
import { limitBody } from './body-limit.js';
import { jsonBody } from './json-body.js';

export function messageRoutes(deps: Deps) {
  return new Hono().post(
    '/messages',
    requireToken(deps.config.auth.ingestToken, 'INGEST_TOKEN'),
    limitBody(deps.config.http.bodyLimitBytes),
    async (c) => {
      const body = await jsonBody(c, ingestBodySchema);
      const batch = Array.isArray(body) ? body : 'messages' in body ? body.messages : [body];
      const county = await resolveCounty(deps.db, c.req.header('x-qingdan-county'));
      const summary = await ingest(deps, county, batch, understandingOptions(deps.config));
      return c.json(summary, summary.stored > 0 ? 201 : 200);
    },
  );
}
