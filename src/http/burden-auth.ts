// The one place that decides who may read burden numbers. Today: the ADMIN_TOKEN, as a bearer token
// (API) or as the password of HTTP Basic (so a browser can open the page). The pages' session can be
// added to `burdenViewer` later without touching the routes.
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { type BurdenScope, type BurdenViewer, mayViewBurden } from '../core/burden/index.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { loadRoster } from '../services/roster-load.js';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function presented(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header);
  if (bearer?.[1]) return bearer[1].trim();
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
  if (!basic?.[1]) return null;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

/** The viewer the request's credentials name, or null. */
export function burdenViewer(c: Context, deps: Deps): BurdenViewer | null {
  const token = deps.config.auth.adminToken;
  if (!token) throw new AppError('not_configured', 'ADMIN_TOKEN is not set on the server');
  const given = presented(c);
  return given && same(given, token) ? { type: 'admin' } : null;
}

/** Throws unless the request may read `scope` of `county`; returns the viewer. */
export async function authorizeBurden(
  c: Context,
  deps: Deps,
  county: string,
  scope: BurdenScope,
): Promise<BurdenViewer> {
  const viewer = burdenViewer(c, deps);
  if (!viewer) throw new AppError('unauthorized', 'missing or wrong credentials');
  if (viewer.county !== undefined && viewer.county !== county)
    throw new AppError('forbidden', '无权查看该县数据');
  if (viewer.type === 'admin') return viewer;
  if (!mayViewBurden(viewer, scope, await loadRoster(deps.db, county)))
    throw new AppError('forbidden', '只能查看本人或本乡镇的数据');
  return viewer;
}
