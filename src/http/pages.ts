// Pages for people: the cadre's inbox, the leader's board, the admin's roster. Every route checks the
// signed session on the server; pages answer 503 when LINK_SECRET is not set.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { currentDeadline, isoLocal } from '../core/understand/occurrence.js';
import type { Deps } from '../deps.js';
import { AppError } from '../errors.js';
import { BoardPage } from '../pages/board.js';
import { boardCsv } from '../pages/board-csv.js';
import { SECTION_TITLE, type SectionKey, sizeWords } from '../pages/format.js';
import { imageType } from '../pages/image-type.js';
import { InboxPage } from '../pages/inbox.js';
import { inboxModel } from '../pages/inbox-model.js';
import { MessagePage } from '../pages/layout.js';
import { AdminLoginPage, LoginPage } from '../pages/login.js';
import { boardOrder, progressOf } from '../pages/progress.js';
import { RosterPage } from '../pages/roster.js';
import {
  checkCsrf,
  clearSession,
  clientKey,
  pageHeaders,
  requireAdmin,
  requirePerson,
  setSession,
  whoIs,
} from '../pages/session.js';
import { TaskPage } from '../pages/task.js';
import {
  ADMIN_SUBJECT,
  adminTag,
  linkSecret,
  personOf,
  redeemCode,
  revokeLinks,
  sameSecret,
  startSession,
  verifyClaims,
} from '../services/access.js';
import { BOARD_DAYS, hasBoard, loadBoard, visibleAssignees } from '../services/board.js';
import {
  confirmGroup,
  confirmIdentity,
  countyIds,
  dismissGroup,
  dismissIdentity,
  loadRosterAdmin,
} from '../services/board-admin.js';
import { loadInbox, loadProof, loadTaskPage } from '../services/inbox-page.js';
import { completeFromPage, undoFromPage } from '../services/inbox-page-write.js';
import { limitBody } from './body-limit.js';

type Html = ReturnType<typeof MessagePage>;

async function html(
  c: Context,
  el: Html,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503 = 200,
) {
  pageHeaders(c);
  return c.html(`<!doctype html>${await el}`, status);
}

const TITLES: Partial<Record<string, string>> = {
  unauthorized: '需要登录',
  forbidden: '不能这样操作',
  not_found: '找不到',
  not_configured: '页面未启用',
  payload_too_large: '文件太大',
};

const NOTICES: Record<string, string> = {
  done: '已记下：完成。',
  undo: '已撤销完成。',
  group: '群已确认。',
  person: '账号已确认。',
  dismissed: '已忽略。',
  revoked: '此前发出的链接已全部失效。',
};

export function pageRoutes(deps: Deps) {
  const app = new Hono();
  const now = () => deps.clock();
  const cfg = deps.config.pages;

  // Pages are compressed here too: a weak 4G link may have no proxy in front that does it.
  for (const path of ['/inbox', '/t/:id', '/board', '/board.csv', '/admin']) app.get(path, compress());

  app.onError(async (err, c) => {
    if (!(err instanceof AppError)) {
      deps.logger.error('page failed', { path: c.req.path, error: err.message, stack: err.stack });
      return html(c, MessagePage({ title: '出错了', text: '服务器出了点问题，请稍后再试。' }), 500);
    }
    const text =
      err.code === 'payload_too_large'
        ? `图片太大了，请换一张 ${sizeWords(cfg.proofMaxBytes)} 以内的照片或截图。`
        : err.message;
    const title = TITLES[err.code] ?? '没有办成';
    return html(c, MessagePage({ title, text, login: err.code === 'unauthorized' }), err.status);
  });

  // The signed link: a session cookie, then the person's page; the token leaves the address bar at once.
  app.get('/p/:token', async (c) => {
    const claims = verifyClaims(linkSecret(deps.config), c.req.param('token'), 'L', now());
    const person = claims ? await personOf(deps.db, claims) : null;
    if (!claims || !person) {
      const text =
        '这个链接已失效（过期、已收回或不完整）。请在对话里给助手发“清单”获取新链接，或用登录码进入。';
      return html(c, MessagePage({ title: '链接无效', text, login: true }), 403);
    }
    setSession(c, deps.config, startSession(deps.config, claims.county, person.id, now()));
    pageHeaders(c);
    return c.redirect(hasBoard(person) ? '/board' : '/inbox', 303);
  });

  app.get('/login', async (c) => {
    linkSecret(deps.config);
    return html(c, LoginPage({}));
  });
  app.post('/login', limitBody(4096), async (c) => {
    const form = await c.req.parseBody();
    const code = String(form.code ?? '').replace(/\s/g, '');
    try {
      const { county, personId } = await redeemCode(deps, code, clientKey(c), now());
      setSession(c, deps.config, startSession(deps.config, county, personId, now()));
      return c.redirect('/inbox', 303);
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== 'unauthorized' && err.code !== 'conflict')) throw err;
      return html(c, LoginPage({ error: err.message }), err.code === 'conflict' ? 429 : 401);
    }
  });
  app.post('/logout', limitBody(4096), async (c) => {
    const who = await whoIs(c, deps);
    if (who) checkCsrf(who, await c.req.parseBody());
    clearSession(c);
    return html(c, MessagePage({ title: '已退出', text: '已退出登录。需要时请从助手发来的链接再次打开。' }));
  });

  app.get('/inbox', async (c) => {
    const who = await requirePerson(c, deps);
    const { tasks } = await loadInbox(deps.db, who.person.county, who.person.id);
    const s = c.req.query('s');
    const only = s && s in SECTION_TITLE ? (s as SectionKey) : undefined;
    const model = inboxModel(tasks, who.person.id, now());
    return html(c, InboxPage({ viewer: who.viewer, model, now: now(), only }));
  });

  app.get('/t/:id', async (c) => {
    const who = await requirePerson(c, deps);
    const page = await loadTaskPage(deps.db, who.person.county, who.person, c.req.param('id'));
    if (!page) throw new AppError('not_found', '这项任务不在您的清单里。');
    const at = now();
    const progress = page.overseer
      ? progressOf(page.task, visibleAssignees(page.task, who.person, page.roster), page.roster, at)
      : null;
    const ok = c.req.query('ok');
    return html(
      c,
      TaskPage({
        ...page,
        viewer: who.viewer,
        personId: who.person.id,
        deadline: currentDeadline(page.task, isoLocal(at.getTime())),
        progress,
        now: at,
        notice: ok ? NOTICES[ok] : undefined,
        proofMaxBytes: cfg.proofMaxBytes,
      }),
    );
  });

  app.post('/t/:id/done', limitBody(cfg.proofMaxBytes + 64_000), async (c) => {
    const who = await requirePerson(c, deps);
    const form = await c.req.parseBody();
    checkCsrf(who, form);
    const file = form.proof;
    let proof: { mime: string; bytes: Buffer } | undefined;
    if (file instanceof File && file.size > 0) {
      if (file.size > cfg.proofMaxBytes) throw new AppError('payload_too_large', 'proof too large');
      const bytes = Buffer.from(await file.arrayBuffer());
      const mime = imageType(bytes);
      if (!mime) throw new AppError('bad_request', '只能上传照片或截图（JPG、PNG、WebP、HEIC 格式）。');
      proof = { mime, bytes };
    }
    const id = c.req.param('id');
    await completeFromPage(deps.db, who.person.county, who.person.id, id, now(), proof);
    return c.redirect(`/t/${encodeURIComponent(id)}?ok=done`, 303);
  });

  app.post('/t/:id/undo', limitBody(4096), async (c) => {
    const who = await requirePerson(c, deps);
    checkCsrf(who, await c.req.parseBody());
    const id = c.req.param('id');
    await undoFromPage(deps.db, who.person.county, who.person.id, id, now());
    return c.redirect(`/t/${encodeURIComponent(id)}?ok=undo`, 303);
  });

  app.get('/proof/:id', async (c) => {
    const who = await requirePerson(c, deps);
    const proof = await loadProof(deps.db, who.person.county, who.person, c.req.param('id'));
    if (!proof) throw new AppError('not_found', '找不到这张图片，或您无权查看。');
    c.header('Content-Type', proof.mime);
    c.header('Cache-Control', 'private, max-age=86400');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', "default-src 'none'");
    return c.body(new Uint8Array(proof.bytes));
  });

  const board = async (c: Context) => {
    const who = await requirePerson(c, deps);
    if (!hasBoard(who.person)) throw new AppError('forbidden', '任务进度只对乡镇和县直发布任务的同志开放。');
    const at = now();
    const { tasks, roster } = await loadBoard(deps.db, who.person.county, who.person, at);
    const items = boardOrder(
      tasks.map((t) => progressOf(t, visibleAssignees(t, who.person, roster), roster, at)),
    );
    return { who, items, roster, at };
  };
  app.get('/board', async (c) => {
    const { who, items, at } = await board(c);
    return html(c, BoardPage({ viewer: who.viewer, items, now: at, days: BOARD_DAYS }));
  });
  app.get('/board.csv', async (c) => {
    const { items, roster, at } = await board(c);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="qingdan-${isoLocal(at.getTime()).slice(0, 10)}.csv"`,
    );
    c.header('Cache-Control', 'no-store');
    return c.body(boardCsv(items, roster));
  });

  // The admin logs in with ADMIN_TOKEN only; no roster role opens the roster (see README).
  app.get('/admin/login', async (c) => {
    linkSecret(deps.config);
    return html(c, AdminLoginPage({}));
  });
  app.post('/admin/login', limitBody(4096), async (c) => {
    linkSecret(deps.config);
    const token = deps.config.auth.adminToken;
    if (!token) throw new AppError('not_configured', '服务器没有设置 ADMIN_TOKEN，管理页面未启用。');
    const form = await c.req.parseBody();
    if (!sameSecret(String(form.token ?? ''), token))
      return html(c, AdminLoginPage({ error: '口令不对。' }), 401);
    setSession(c, deps.config, startSession(deps.config, adminTag(deps.config)!, ADMIN_SUBJECT, now()));
    return c.redirect('/admin', 303);
  });

  const adminCounty = async (c: Context) => {
    const all = await countyIds(deps.db);
    const asked = c.req.query('county');
    const county = asked ? all.find((x) => x.id === asked) : all.length === 1 ? all[0] : undefined;
    return { all, county };
  };
  app.get('/admin', async (c) => {
    const who = await requireAdmin(c, deps);
    const { all, county } = await adminCounty(c);
    if (!county) {
      const names = all.map((x) => `${x.name}（?county=${x.id}）`).join('、');
      const text = all.length === 0 ? '还没有导入名册。' : `请选择县：${names}`;
      return html(c, MessagePage({ title: '名册', text, viewer: who.viewer }));
    }
    const data = await loadRosterAdmin(deps.db, county.id);
    const ok = c.req.query('ok');
    return html(
      c,
      RosterPage({
        viewer: who.viewer,
        county: county.id,
        data,
        now: now(),
        notice: ok ? NOTICES[ok] : undefined,
      }),
    );
  });

  const adminAction =
    (run: (c: Context, county: string, form: Record<string, unknown>) => Promise<string>) =>
    async (c: Context) => {
      const who = await requireAdmin(c, deps);
      const form = await c.req.parseBody();
      checkCsrf(who, form);
      const { county } = await adminCounty(c);
      if (!county) throw new AppError('not_found', '没有这个县的名册。');
      const ok = await run(c, county.id, form);
      return c.redirect(`/admin?county=${encodeURIComponent(county.id)}&ok=${ok}`, 303);
    };
  const param = (c: Context, name: string) => c.req.param(name) ?? '';
  app.post(
    '/admin/groups/:id/confirm',
    limitBody(4096),
    adminAction(async (c, county, form) => {
      const target = typeof form.target === 'string' ? form.target : '';
      await confirmGroup(deps.db, county, param(c, 'id'), target);
      return 'group';
    }),
  );
  app.post(
    '/admin/groups/:id/dismiss',
    limitBody(4096),
    adminAction(async (c, county) => {
      await dismissGroup(deps.db, county, param(c, 'id'));
      return 'dismissed';
    }),
  );
  app.post(
    '/admin/identities/:platform/:ext/confirm',
    limitBody(4096),
    adminAction(async (c, county, form) => {
      await confirmIdentity(
        deps.db,
        county,
        param(c, 'platform'),
        param(c, 'ext'),
        String(form.person ?? ''),
      );
      return 'person';
    }),
  );
  app.post(
    '/admin/identities/:platform/:ext/dismiss',
    limitBody(4096),
    adminAction(async (c, county) => {
      await dismissIdentity(deps.db, county, param(c, 'platform'), param(c, 'ext'));
      return 'dismissed';
    }),
  );
  app.post(
    '/admin/people/:id/revoke',
    limitBody(4096),
    adminAction(async (c, county) => {
      await revokeLinks(deps.db, county, param(c, 'id'), now());
      return 'revoked';
    }),
  );
  return app;
}
