// A county with a week of tasks for the page tests: written for these tests, ingested through the live path.
import { createApp } from '../../src/app.js';
import type { Deps } from '../../src/deps.js';
import { silentLogger } from '../../src/logger.js';
import { ingest } from '../../src/services/ingest.js';
import { importRoster } from '../../src/services/roster-import.js';
import { understandingOptions } from '../../src/services/understanding-options.js';
import { type Backend, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { message, roster, testConfig } from '../helpers/factories.js';

export const LINK_SECRET = 'test-link-secret-0123456789abcdef';
/** Monday 7 December 2026, mid-morning. */
export const NOW = new Date('2026-12-07T10:00:00+08:00');

export const TITLES = {
  overdue: '森林防火巡查台账',
  today: '安全生产检查表',
  week: '独居老人走访',
  none: '县文明办公众号文章',
  later: '年度工作总结材料',
};

const traffic = [
  ['2026-12-04T10:00:00+08:00', 'k2', 'u3', '各村（社区）：请于12月5日前上报森林防火巡查台账。'],
  [
    '2026-12-07T09:00:00+08:00',
    'k2',
    'u3',
    '各村（社区）：请于今天下午5点前报送本周安全生产检查表，收到请回复。',
  ],
  [
    '2026-12-07T09:10:00+08:00',
    'k3',
    'u3',
    '转发：各村（社区）：请于今天下午5点前报送本周安全生产检查表，收到请回复。',
  ],
  ['2026-12-07T09:20:00+08:00', 'k2', 'u2', '请各村书记本周五前完成辖区独居老人走访，有问题的拍照发我。'],
  [
    '2026-12-07T09:30:00+08:00',
    'k2',
    'u3',
    '请大家转发县文明办公众号文章到朋友圈，并截图发群里，转发情况纳入年度考核。',
  ],
  ['2026-12-07T09:40:00+08:00', 'k2', 'u3', '请各村于12月20日前报送年度工作总结材料。'],
  ['2026-12-07T09:50:00+08:00', 'k2', 'u5', '收到'],
] as const;

export interface PagesFixture {
  database: TestDatabase;
  deps: Deps;
  app: ReturnType<typeof createApp>;
  /** Task id by the key of TITLES. */
  ids: Record<keyof typeof TITLES, string>;
  setNow(d: Date): void;
}

export async function pagesFixture(
  backend: Backend,
  env: Record<string, string> = {},
): Promise<PagesFixture> {
  const database = await freshDatabase(backend);
  await importRoster(database.db, roster());
  let now = NOW;
  const config = testConfig({ LINK_SECRET, PROOF_MAX_BYTES: '50000', ...env });
  const deps: Deps = { db: database.db, config, clock: () => now, logger: silentLogger };
  const batch = traffic.map(([at, group, sender, text]) => message({ at, group, sender, text }));
  const out = await ingest(deps, 'c1', batch, understandingOptions(config));
  const ids = {} as Record<keyof typeof TITLES, string>;
  for (const [key, title] of Object.entries(TITLES)) {
    const i = batch.findIndex((m) => m.text?.includes(title));
    ids[key as keyof typeof TITLES] = out.items[i]!.task!;
  }
  return { database, deps, app: createApp(deps), ids, setNow: (d) => (now = d) };
}

/** The session cookie a response set, as a request header value. */
export function cookieOf(res: Response): string {
  const raw = res.headers.get('set-cookie') ?? '';
  return raw.split(';')[0] ?? '';
}

/** The hidden CSRF field of a page. */
export function csrfOf(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** A 1×1 PNG, a real image for proof uploads. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
