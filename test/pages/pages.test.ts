import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completions, groups, proofs } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { issueLink } from '../../src/services/access.js';
import { backends } from '../helpers/db.js';
import { ADMIN_TOKEN, testConfig } from '../helpers/factories.js';
import { cookieOf, csrfOf, LINK_SECRET, NOW, type PagesFixture, PNG, pagesFixture, TITLES } from './setup.js';

describe.each(backends)('pages over HTTP (%s)', (backend) => {
  let f: PagesFixture;
  const get = (path: string, cookie = '') => f.app.request(path, { headers: { cookie } });
  const post = (path: string, body: FormData | URLSearchParams, cookie = '') =>
    f.app.request(path, { method: 'POST', body, headers: { cookie } });
  const login = async (person: string) => {
    const { path } = await issueLink(f.deps, 'c1', person, NOW);
    return cookieOf(await get(path));
  };
  const sections = (html: string) =>
    Object.fromEntries(
      html
        .split('<section id="')
        .slice(1)
        .map((s) => [s.slice(0, s.indexOf('"')), s]),
    );

  beforeAll(async () => {
    f = await pagesFixture(backend);
  });
  afterAll(() => f.database.destroy());

  it('answers 503 with a clear message when LINK_SECRET is not set', async () => {
    const app = createApp({ ...f.deps, config: testConfig(), logger: silentLogger });
    for (const path of ['/inbox', '/p/abc.def', '/login', '/board']) {
      const res = await app.request(path);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('LINK_SECRET');
    }
  });

  it('opens a signed link into an HttpOnly session and shows the cadre their tasks by section', async () => {
    const { path } = await issueLink(f.deps, 'c1', 'u4', NOW);
    const res = await get(path);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/inbox');
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Lax/);
    const page = await get('/inbox', cookieOf(res));
    expect(page.status).toBe(200);
    const html = await page.text();
    const s = sections(html);
    expect(s.overdue).toContain(TITLES.overdue);
    expect(s.today).toContain(TITLES.today);
    expect(s.today).toContain('今天 17:00');
    expect(s.today).toContain('还剩 7 小时');
    expect(s.today).toContain('来自 2 个群');
    expect(s.week).toContain(TITLES.week);
    expect(s.week).toContain('周五 17:30');
    expect(s.later).toContain(TITLES.later);
    expect(s.none).toContain(TITLES.none);
    expect(s.none).toContain('截图留痕');
    expect(s.none).toContain('要交：截图');
    expect(html).toContain('宋春');
    const zipped = await f.app.request('/inbox', {
      headers: { cookie: cookieOf(res), 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('sends a leader to the board, and a cadre away from it', async () => {
    const { path } = await issueLink(f.deps, 'c1', 'u3', NOW);
    const res = await get(path);
    expect(res.headers.get('location')).toBe('/board');
    expect((await get('/board', await login('u5'))).status).toBe(403);
  });

  it('refuses a forged, expired or revoked link, and a request without a session', async () => {
    const { token } = await issueLink(f.deps, 'c1', 'u4', NOW);
    const [body, sig] = token.split('.');
    const other = Buffer.from(Buffer.from(body!, 'base64url').toString().replace('u4', 'u6')).toString(
      'base64url',
    );
    for (const bad of [`${other}.${sig}`, `${body}.${sig!.slice(0, -2)}xx`, 'nonsense']) {
      const res = await get(`/p/${bad}`);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('链接已失效');
    }
    const old = await issueLink(f.deps, 'c1', 'u4', new Date(NOW.getTime() - 8 * 86_400_000));
    expect((await get(old.path)).status).toBe(403);
    expect((await get('/inbox')).status).toBe(401);
  });

  it("does not open another person's task, nor its proof", async () => {
    const cookie = await login('u7');
    const res = await get(`/t/${f.ids.week}`, cookie);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('不在您的清单里');
    expect(html).not.toContain(TITLES.week);
  });

  it('completes a task with a screenshot, shows it on the board, and undoes it', async () => {
    const cookie = await login('u4');
    const page = await (await get(`/t/${f.ids.today}`, cookie)).text();
    expect(page).toContain('原文');
    expect(page).toContain('河口镇工作群');
    expect(page).toContain('柳树村两委群');
    const form = new FormData();
    form.set('_csrf', csrfOf(page));
    form.set('proof', new File([PNG], 'shot.png', { type: 'image/png' }));
    const done = await post(`/t/${f.ids.today}/done`, form, cookie);
    expect(done.status).toBe(303);
    const after = await (await get(done.headers.get('location')!, cookie)).text();
    expect(after).toContain('已记下：完成');
    expect(after).toContain('您已完成');
    const proofId = /\/proof\/([^"]+)"/.exec(after)![1]!;
    const img = await get(`/proof/${proofId}`, cookie);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect((await get(`/proof/${proofId}`, await login('u6'))).status).toBe(404);

    const leader = await login('u3');
    const board = await (await get('/board', leader)).text();
    const block = board.slice(board.indexOf(TITLES.today));
    expect(block.slice(0, block.indexOf('</details>'))).toMatch(/柳树村：1\/2 已完成[\s\S]*已完成：宋春/);
    expect((await get(`/proof/${proofId}`, leader)).status).toBe(200);

    const undo = new URLSearchParams({ _csrf: csrfOf(after) });
    expect((await post(`/t/${f.ids.today}/undo`, undo, cookie)).status).toBe(303);
    const rows = await f.database.db
      .select()
      .from(completions)
      .where(and(eq(completions.taskId, f.ids.today), eq(completions.personId, 'u4')));
    expect(rows).toEqual([]);
    expect(await f.database.db.select().from(proofs).where(eq(proofs.id, proofId))).toEqual([]);
  });

  it('refuses a post without the session token, a file that is not an image, and one too big', async () => {
    const cookie = await login('u4');
    const csrf = csrfOf(await (await get(`/t/${f.ids.week}`, cookie)).text());
    expect((await post(`/t/${f.ids.week}/done`, new FormData(), cookie)).status).toBe(403);
    const text = new FormData();
    text.set('_csrf', csrf);
    text.set('proof', new File(['<script>alert(1)</script>'], 'x.png', { type: 'image/png' }));
    const bad = await post(`/t/${f.ids.week}/done`, text, cookie);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('只能上传照片或截图');
    const big = new FormData();
    big.set('_csrf', csrf);
    big.set('proof', new File([PNG, Buffer.alloc(60_000)], 'big.png', { type: 'image/png' }));
    const res = await post(`/t/${f.ids.week}/done`, big, cookie);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('图片太大');
    const rows = await f.database.db.select().from(completions).where(eq(completions.taskId, f.ids.week));
    expect(rows).toEqual([]);
  });

  it('exports the board as CSV with a BOM, one row per person', async () => {
    const res = await get('/board.csv', await login('u3'));
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).toBe('任务,类型,截止时间,发布人,单位,姓名,职务,状态,完成/收到时间,是否逾期');
    const today = lines.filter((l) => l.includes(TITLES.today));
    expect(today).toHaveLength(4);
    expect(today.find((l) => l.includes('唐秋'))).toContain('已收到');
    expect(lines.find((l) => l.includes(TITLES.overdue))).toContain(',是');
  });

  it('lets only the admin token open the roster, and binds a pending group with the session token', async () => {
    expect((await get('/admin')).status).toBe(401);
    expect((await get('/admin', await login('u1'))).status).toBe(401);
    const wrong = await post('/admin/login', new URLSearchParams({ token: 'not-the-admin-token' }));
    expect(wrong.status).toBe(401);
    const ok = await post('/admin/login', new URLSearchParams({ token: ADMIN_TOKEN }));
    expect(ok.status).toBe(303);
    const cookie = cookieOf(ok);
    await f.database.db.insert(groups).values({
      countyId: 'c1',
      id: 'wechat:pending-1',
      platform: 'wechat',
      name: '柳树村网格群',
      binding: '柳树村网格群',
      pending: true,
    });
    const page = await (await get('/admin', cookie)).text();
    expect(page).toContain('待确认的群 · 1');
    expect(page).toContain('柳树村网格群');
    const action = '/admin/groups/wechat%3Apending-1/confirm?county=c1';
    expect((await post(action, new URLSearchParams({ target: 'k3' }), cookie)).status).toBe(403);
    const res = await post(action, new URLSearchParams({ target: 'k3', _csrf: csrfOf(page) }), cookie);
    expect(res.status).toBe(303);
    const [k3] = await f.database.db.select().from(groups).where(eq(groups.id, 'k3'));
    expect(k3!.binding).toBe('柳树村网格群');
    expect(await (await get('/admin', cookie)).text()).toContain('待确认的群 · 0');
    const rotated = createApp({
      ...f.deps,
      config: testConfig({ LINK_SECRET, ADMIN_TOKEN: 'a-new-admin-token-0123456789' }),
    });
    expect((await rotated.request('/admin', { headers: { cookie } })).status).toBe(401);
  });
});
