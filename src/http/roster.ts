import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { importRoster } from '../services/roster-import.js';
import { requireToken } from './auth.js';
import { limitBody } from './body-limit.js';
import { jsonBody } from './json-body.js';

export function rosterRoutes(deps: Deps) {
  return new Hono().put(
    '/roster',
    requireToken(deps.config.auth.adminToken, 'ADMIN_TOKEN'),
    limitBody(deps.config.http.bodyLimitBytes * 8),
    async (c) => {
      const roster = await jsonBody(c, z.unknown());
      return c.json(await importRoster(deps.db, roster));
    },
  );
}
