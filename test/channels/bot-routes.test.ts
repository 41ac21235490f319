// The bot's side of the service: status and the QR login page, and binding platform names to the roster.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groups } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { confirmBinding, dismissBinding } from '../../src/services/bindings.js';
import { pendingBindings } from '../../src/services/bindings-read.js';
import { importRoster } from '../../src/services/roster-import.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { ADMIN_TOKEN, INGEST_TOKEN, roster, testConfig } from '../helpers/factories.js';
import { json } from '../helpers/http.js';

describe.each(backends)('bot status, QR page and bindings (%s)', (backend) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const post = (path: string, body: unknown, token = INGEST_TOKEN) =>
    app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const resolve = async (topic: string, name: string) =>
    (
      await json(
        post('/api/bindings/resolve', {
          platform: 'wechat',
          messages: [
            {
              group: { kind: 'group', keys: [topic], name: topic },
              sender: { kind: 'person', keys: [`name:${name}`], name, groupKey: topic },
            },
          ],
        }),
      )
    ).results[0];

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await importRoster(database.db, roster());
    app = createApp({
      db: database.db,
      config: testConfig(),
      clock: () => new Date('2026-12-07T09:00:00+08:00'),
      logger: silentLogger,
    });
  });
  afterAll(() => database.destroy());

  it('shows the login QR code to an admin only, then who is logged in', async () => {
    expect((await post('/api/bot/status', { state: 'scan', qr: 'x' }, 'wrong-token-0123456789')).status).toBe(
      401,
    );
    const qr = 'https://login.weixin.qq.com/l/IaysbZa04Q==';
    expect((await post('/api/bot/status', { state: 'scan', qr })).status).toBe(200);
    expect((await app.request('/bot/qr')).status).toBe(401);
    expect((await app.request(`/bot/qr?token=${INGEST_TOKEN}`)).status).toBe(401);
    const page = await app.request(`/bot/qr?token=${ADMIN_TOKEN}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<svg');
    expect(html).toContain('请用要登录的微信扫描下面的二维码');
    const byHeader = await app.request('/bot/qr', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(byHeader.status).toBe(200);

    await post('/api/bot/status', { state: 'login', user: '清单助手<b>' });
    const after = await (await app.request(`/bot/qr?token=${ADMIN_TOKEN}`)).text();
    expect(after).toContain('已登录：清单助手&lt;b&gt;');
    expect(after).not.toContain('<svg');
  });

  it('refuses the QR page when no admin token is configured (503)', async () => {
    const bare = createApp({
      db: database.db,
      config: testConfig({ ADMIN_TOKEN: '' }),
      clock: () => new Date(),
      logger: silentLogger,
    });
    expect((await bare.request('/bot/qr?token=anything')).status).toBe(503);
  });

  it('binds a room by topic and a person by name, and keeps strangers pending until an admin decides', async () => {
    const known = await resolve('河口镇工作群', '宋春');
    expect(known).toEqual({
      bot: 'bot',
      group: { id: 'k2', pending: false },
      sender: { id: 'u4', pending: false },
      mentions: [],
    });
    const [k2] = await database.db.select().from(groups).where(eq(groups.id, 'k2'));
    expect(k2!.binding).toBe('河口镇工作群');

    const unknown = await resolve('石门村老年协会', '张大爷');
    expect(unknown.group.pending).toBe(true);
    expect(unknown.sender).toEqual({ id: 'wechat:张大爷', pending: true });
    const pending = await pendingBindings(database.db, 'c1');
    expect(pending.groups.map((g) => g.binding)).toEqual(['石门村老年协会']);
    expect(pending.identities.map((i) => i.externalId)).toEqual(['name:张大爷']);

    await confirmBinding(database.db, 'c1', {
      kind: 'group',
      platform: 'wechat',
      binding: '石门村老年协会',
      groupId: 'k1',
    });
    await dismissBinding(database.db, 'c1', { kind: 'person', platform: 'wechat', key: 'name:张大爷' });
    const again = await resolve('石门村老年协会', '张大爷');
    expect(again.group).toEqual({ id: 'k1', pending: false });
    expect(again.sender).toEqual({ id: 'wechat:张大爷', pending: true });
    expect(await pendingBindings(database.db, 'c1')).toEqual({ groups: [], identities: [] });
  });

  it('does not guess between two people of the same name', async () => {
    const r = roster();
    r.people.push(
      { id: 'u8', name: '周冬', title: '网格员', org: 'c1-v2', role: 'cadre' },
      { id: 'u9', name: '周冬', title: '文书', org: 'c1-v1', role: 'cadre' },
    );
    await importRoster(database.db, r);
    const res = await resolve('外单位群', '周冬');
    expect(res.sender).toEqual({ id: 'wechat:周冬', pending: true });
  });
});
