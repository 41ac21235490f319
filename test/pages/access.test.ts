import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CODE_FAILS_PER_CLIENT,
  issueCode,
  issueLink,
  personOf,
  redeemCode,
  revokeLinks,
  signClaims,
  verifyClaims,
} from '../../src/services/access.js';
import { backends } from '../helpers/db.js';
import { cookieOf, LINK_SECRET, NOW, type PagesFixture, pagesFixture } from './setup.js';

const later = (min: number) => new Date(NOW.getTime() + min * 60_000);

describe('signed tokens', () => {
  const claims = {
    use: 'L' as const,
    county: 'c1',
    subject: 'u4',
    iat: NOW.getTime(),
    exp: later(60).getTime(),
  };

  it('verifies its own signature and nothing else', () => {
    const token = signClaims(LINK_SECRET, claims);
    expect(verifyClaims(LINK_SECRET, token, 'L', NOW)).toEqual(claims);
    expect(verifyClaims('another-secret-0123456789', token, 'L', NOW)).toBeNull();
    expect(verifyClaims(LINK_SECRET, token, 'S', NOW)).toBeNull();
    expect(verifyClaims(LINK_SECRET, `${token}x`, 'L', NOW)).toBeNull();
    expect(verifyClaims(LINK_SECRET, token, 'L', later(61))).toBeNull();
  });
});

describe.each(backends)('links and codes (%s)', (backend) => {
  let f: PagesFixture;
  beforeAll(async () => {
    f = await pagesFixture(backend);
  });
  afterAll(() => f.database.destroy());

  it('builds the link on PUBLIC_URL and refuses people not in the roster', async () => {
    const link = await issueLink(
      {
        ...f.deps,
        config: { ...f.deps.config, pages: { ...f.deps.config.pages, publicUrl: 'https://qd.example.cn/' } },
      },
      'c1',
      'u4',
      NOW,
    );
    expect(link.url).toMatch(/^https:\/\/qd\.example\.cn\/p\/[\w-]+\.[\w-]+$/);
    await expect(issueLink(f.deps, 'c1', 'nobody', NOW)).rejects.toThrow();
  });

  it('stops every earlier link and session once revoked', async () => {
    const { path, token } = await issueLink(f.deps, 'c1', 'u6', NOW);
    const cookie = cookieOf(await f.app.request(path));
    f.setNow(later(1));
    await revokeLinks(f.deps.db, 'c1', 'u6', later(1));
    expect(await personOf(f.deps.db, verifyClaims(LINK_SECRET, token, 'L', later(1))!)).toBeNull();
    expect((await f.app.request(path)).status).toBe(403);
    expect((await f.app.request('/inbox', { headers: { cookie } })).status).toBe(401);
    const fresh = await issueLink(f.deps, 'c1', 'u6', later(2));
    f.setNow(later(2));
    expect((await f.app.request(fresh.path)).status).toBe(303);
    f.setNow(NOW);
  });

  it('takes a code once, within 10 minutes', async () => {
    const { code } = await issueCode(f.deps, 'c1', 'u5', NOW);
    expect(code).toMatch(/^\d{6}$/);
    expect(await redeemCode(f.deps, code, 'phone-a', later(1))).toEqual({ county: 'c1', personId: 'u5' });
    await expect(redeemCode(f.deps, code, 'phone-a', later(2))).rejects.toThrow('登录码不对或已过期');
    const stale = await issueCode(f.deps, 'c1', 'u5', NOW);
    await expect(redeemCode(f.deps, stale.code, 'phone-b', later(11))).rejects.toThrow('登录码不对或已过期');
  });

  it('logs in with a code on the /login page', async () => {
    const { code } = await issueCode(f.deps, 'c1', 'u7', NOW);
    const res = await f.app.request('/login', { method: 'POST', body: new URLSearchParams({ code }) });
    expect(res.status).toBe(303);
    const page = await f.app.request('/inbox', { headers: { cookie: cookieOf(res) } });
    expect(await page.text()).toContain('韦夏');
  });

  it('stops guessing after a few wrong codes from one client, even with the right one', async () => {
    const { code } = await issueCode(f.deps, 'c1', 'u4', NOW);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < CODE_FAILS_PER_CLIENT; i++)
      await expect(redeemCode(f.deps, wrong, 'guesser', NOW)).rejects.toThrow('登录码不对');
    await expect(redeemCode(f.deps, code, 'guesser', NOW)).rejects.toThrow('尝试次数太多');
    const res = await f.app.request('/login', {
      method: 'POST',
      body: new URLSearchParams({ code }),
      headers: { 'x-forwarded-for': 'guesser' },
    });
    expect(res.status).toBe(429);
    expect(await redeemCode(f.deps, code, 'someone-else', NOW)).toEqual({ county: 'c1', personId: 'u4' });
  });

  it('hands out at most five codes an hour to one person', async () => {
    for (let i = 0; i < 5; i++) await issueCode(f.deps, 'c1', 'u2', later(i));
    await expect(issueCode(f.deps, 'c1', 'u2', later(6))).rejects.toThrow('太频繁');
    expect((await issueCode(f.deps, 'c1', 'u2', later(61))).code).toMatch(/^\d{6}$/);
  });
});
