// Burden numbers (API, weekly report, page) and the county settings that shape the policy markers.
import { type Context, Hono } from 'hono';
import {
  type IsoWeek,
  isoWeekOf,
  parseIsoWeek,
  parseScope,
  scopeKey,
  shiftWeek,
} from '../core/burden/index.js';
import { POLICY_RULES } from '../core/policy/index.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { BURDEN_PAGE_CSP, renderBurdenPage } from '../pages/burden-page.js';
import { burdenFor, burdenPageFor, burdenReportDocument } from '../services/burden.js';
import {
  countySettingsPatchSchema,
  readCountySettings,
  updateCountySettings,
} from '../services/county-settings.js';
import { resolveCounty } from '../services/roster-load.js';
import { requireToken } from './auth.js';
import { limitBody } from './body-limit.js';
import { authorizeBurden, burdenViewer } from './burden-auth.js';
import { jsonBody } from './json-body.js';

function weekParam(c: Context, fallback: IsoWeek): IsoWeek {
  const raw = c.req.query('week');
  if (raw === undefined || raw === '') return fallback;
  const week = parseIsoWeek(raw);
  if (!week) throw new AppError('bad_request', 'week 应写成 2026-W48 这样的 ISO 周');
  return week;
}

function scopeParam(c: Context) {
  const scope = parseScope(c.req.query('scope'));
  if (!scope) throw new AppError('bad_request', 'scope 应为 county、township:<id> 或 person:<id>');
  return scope;
}

const county = (c: Context, deps: Deps) =>
  resolveCounty(deps.db, c.req.header('x-qingdan-county') ?? c.req.query('county'));

export function burdenRoutes(deps: Deps) {
  const admin = requireToken(deps.config.auth.adminToken, 'ADMIN_TOKEN');
  const thisWeek = () => isoWeekOf(deps.clock());
  const lastWeek = () => shiftWeek(thisWeek(), -1);

  const report = async (c: Context, format: 'md' | 'csv') => {
    const id = await county(c, deps);
    await authorizeBurden(c, deps, id, { type: 'county' });
    const week = weekParam(c, lastWeek());
    const body = await burdenReportDocument(deps.db, id, week, format);
    const type = format === 'md' ? 'text/markdown; charset=utf-8' : 'text/csv; charset=utf-8';
    c.header('content-type', type);
    c.header('content-disposition', `attachment; filename="burden-${id}-${week.label}.${format}"`);
    return c.body(body);
  };

  return new Hono()
    .get('/api/burden', async (c) => {
      const id = await county(c, deps);
      const scope = scopeParam(c);
      await authorizeBurden(c, deps, id, scope);
      return c.json(await burdenFor(deps.db, id, weekParam(c, thisWeek()), scope));
    })
    .get('/api/burden/report.md', (c) => report(c, 'md'))
    .get('/api/burden/report.csv', (c) => report(c, 'csv'))
    .get('/api/counties/:id/settings', admin, async (c) => {
      const id = c.req.param('id');
      return c.json({ county: id, settings: await readCountySettings(deps.db, id), rules: POLICY_RULES });
    })
    .put('/api/counties/:id/settings', admin, limitBody(deps.config.http.bodyLimitBytes), async (c) => {
      const id = c.req.param('id');
      const patch = await jsonBody(c, countySettingsPatchSchema);
      return c.json({ county: id, settings: await updateCountySettings(deps.db, id, patch) });
    })
    .get('/burden', async (c) => {
      // A browser asks for the password (the ADMIN_TOKEN) instead of showing a JSON error.
      if (!burdenViewer(c, deps)) {
        c.header('www-authenticate', 'Basic realm="qingdan-burden", charset="UTF-8"');
        return c.text('请输入管理口令', 401);
      }
      const id = await county(c, deps);
      const scope = scopeParam(c);
      const viewer = await authorizeBurden(c, deps, id, scope);
      const week = weekParam(c, thisWeek());
      const page = await burdenPageFor(deps.db, id, week, scope, viewer);
      const q = (w: IsoWeek, key: string) =>
        `/burden?${new URLSearchParams({ county: id, week: w.label, scope: key })}`;
      const key = scopeKey(scope);
      c.header('content-security-policy', BURDEN_PAGE_CSP);
      c.header('cache-control', 'no-store');
      return c.html(
        renderBurdenPage({
          view: page.view,
          scopes: page.scopes,
          links: {
            prev: q(shiftWeek(week, -1), key),
            next: week.start < thisWeek().start ? q(shiftWeek(week, 1), key) : null,
            scope: (k) => q(week, k),
            report:
              scope.type === 'county'
                ? {
                    md: `/api/burden/report.md?${new URLSearchParams({ county: id, week: week.label })}`,
                    csv: `/api/burden/report.csv?${new URLSearchParams({ county: id, week: week.label })}`,
                  }
                : undefined,
          },
        }),
      );
    });
}
