// End to end in headless Chromium over a real HTTP server and a fresh PGlite: a cadre's link, the sections,
// completing with a screenshot, the leader's board, refused links. Screenshots at 360×740 go to SCREENSHOTS.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLink } from '../../src/services/access.js';
import { NOW, type PagesFixture, pagesFixture, TITLES } from './setup.js';

const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = 'test-artifacts/screenshots/pages';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== 'true')
  console.warn(`Skipping the browser suite: ${CHROMIUM} is absent (apt-get install chromium). CI runs it.`);

describe.skipIf(!available && process.env.CI !== 'true')('pages in a real browser', () => {
  let f: PagesFixture;
  let browser: Browser;
  let server: ReturnType<typeof serve>;
  let base = '';
  const phone = () =>
    browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  const shot = async (ctx: BrowserContext, name: string) => {
    const page = ctx.pages()[0]!;
    writeFileSync(join(SCREENSHOTS, `${name}.png`), await page.screenshot({ fullPage: true }));
  };
  const link = async (person: string, at = NOW) => base + (await issueLink(f.deps, 'c1', person, at)).path;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    f = await pagesFixture('pglite', { PROOF_MAX_BYTES: '100000' });
    await new Promise<void>((resolve) => {
      server = serve({ fetch: f.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await f?.database.destroy();
  });

  it('shows a cadre their tasks in the right sections, takes a screenshot as proof, and the board follows', async () => {
    const cadre = await phone();
    const page = await cadre.newPage();
    await page.goto(await link('u4'));
    expect(new URL(page.url()).pathname).toBe('/inbox');
    for (const [section, title] of Object.entries(TITLES))
      await expect(page.locator(`#${section} .card`).filter({ hasText: title }).count()).resolves.toBe(1);
    await expect(page.locator('#today h2').textContent()).resolves.toBe('今天 · 1');
    await expect(page.locator('#overdue').textContent()).resolves.toContain('已逾期 1 天');
    await shot(cadre, '1-inbox');

    await page.locator('#today .card').click();
    await expect(page.locator('h1').textContent()).resolves.toContain(TITLES.today);
    await shot(cadre, '2-task');
    // A real screenshot of the phone as the proof; the page shrinks it to a JPEG before upload.
    const proof = await page.screenshot({ fullPage: true });
    // Larger than PROOF_MAX_BYTES: it only goes through because the page shrinks it.
    expect(proof.length).toBeGreaterThan(100_000);
    await page.locator('#proof').setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: proof });
    await page.locator('#pick').filter({ hasText: '已压缩' }).waitFor();
    await page.getByRole('button', { name: '完成' }).click();
    await page.locator('.note').filter({ hasText: '已记下：完成' }).waitFor();
    await expect(page.locator('.done').first().textContent()).resolves.toContain('您已完成');
    const src = await page.locator('img.proof').getAttribute('src');
    const img = await page.request.get(base + src);
    expect(img.headers()['content-type']).toBe('image/jpeg');
    await shot(cadre, '3-task-done');

    await page.goto(`${base}/inbox`);
    await expect(page.locator('#today').count()).resolves.toBe(0);
    await expect(page.locator('#done').textContent()).resolves.toContain(TITLES.today);

    const leader = await phone();
    const board = await leader.newPage();
    await board.goto(await link('u3'));
    expect(new URL(board.url()).pathname).toBe('/board');
    const item = board.locator('details').filter({ hasText: TITLES.today });
    await item.locator('summary').click();
    await expect(item.textContent()).resolves.toMatch(/柳树村：1\/2 已完成[\s\S]*已完成：宋春/);
    await expect(item.textContent()).resolves.toContain('已收到：唐秋');
    await shot(leader, '4-board');
    await cadre.close();
    await leader.close();
  });

  it('refuses a forged or expired link, and another person’s task', async () => {
    const ctx = await phone();
    const page = await ctx.newPage();
    const good = await link('u4');
    const forged = good.replace(/\.[\w-]{6}/, '.AAAAAA');
    for (const url of [forged, await link('u4', new Date(NOW.getTime() - 30 * 86_400_000))]) {
      const res = await page.goto(url);
      expect(res?.status()).toBe(403);
      await expect(page.locator('h1').textContent()).resolves.toBe('链接无效');
    }
    await shot(ctx, '5-refused');
    await page.goto(await link('u7'));
    const res = await page.goto(`${base}/t/${f.ids.week}`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('body').textContent()).resolves.not.toContain(TITLES.week);
    await ctx.close();
  });

  it('reads with script off', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(await link('u6'));
    await expect(page.locator('#week .card').filter({ hasText: TITLES.week }).count()).resolves.toBe(1);
    await ctx.close();
  });
});
