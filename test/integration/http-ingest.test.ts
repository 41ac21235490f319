import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { importRoster } from '../../src/services/roster-import.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { INGEST_TOKEN, message, roster, testConfig } from '../helpers/factories.js';
import { json } from '../helpers/http.js';

describe.each(backends)('ingest over HTTP (%s)', (backend) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const post = (body: string, token = INGEST_TOKEN) =>
    app.request('/api/messages', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
  const stored = async () => (await database.db.select({ n: count() }).from(messages))[0]!.n;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await importRoster(database.db, roster());
    app = createApp({
      db: database.db,
      config: testConfig({ BODY_LIMIT_BYTES: '4096' }),
      clock: () => new Date(),
      logger: silentLogger,
    });
  });
  afterAll(() => database.destroy());

  it('answers health with the database checked', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ ok: true, database: 'ok' });
  });

  it('stores a message once however often it is posted, keeping the raw payload', async () => {
    const m = { ...message({ text: '今天天气不错' }), raw: { MsgId: '42', extra: [1, 2] } };
    const first = await post(JSON.stringify(m));
    expect(first.status).toBe(201);
    expect((await json(first)).items).toEqual([expect.objectContaining({ id: m.id, stored: true })]);
    const again = await post(JSON.stringify(m));
    expect(again.status).toBe(200);
    expect(await json(again)).toMatchObject({ stored: 0, duplicates: 1 });
    const rows = await database.db.select().from(messages).where(eq(messages.platformId, m.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({ raw: { MsgId: '42', extra: [1, 2] }, text: '今天天气不错' });
  });

  it('takes a batch and says which messages were new', async () => {
    const old = message({ text: '谢谢大家' });
    await post(JSON.stringify(old));
    const fresh = message({ text: '辛苦了' });
    const res = await post(JSON.stringify([old, fresh]));
    const body = await json(res);
    expect(body.items.map((i: { stored: boolean }) => i.stored)).toEqual([false, true]);
  });

  it('refuses a wrong or missing token with 401 and stores nothing', async () => {
    const before = await stored();
    const wrong = await post(JSON.stringify(message()), 'not-the-token-at-all');
    expect(wrong.status).toBe(401);
    const missing = await app.request('/api/messages', { method: 'POST', body: JSON.stringify(message()) });
    expect(missing.status).toBe(401);
    expect(await json(missing)).toMatchObject({
      error: { code: 'unauthorized', requestId: expect.any(String) },
    });
    expect(await stored()).toBe(before);
  });

  it('refuses invalid JSON and invalid messages with 400 and one error shape', async () => {
    const before = await stored();
    const bad = await post('{"id": "x", ');
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ error: { code: 'invalid_json' } });
    const invalid = await post(JSON.stringify({ ...message(), at: 'yesterday' }));
    expect(invalid.status).toBe(400);
    const body = await json(invalid);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details[0].path).toBe('at');
    expect(await stored()).toBe(before);
  });

  it('refuses an oversized body with 413 and stores nothing', async () => {
    const before = await stored();
    const res = await post(JSON.stringify(message({ text: '长'.repeat(3000) })));
    expect(res.status).toBe(413);
    expect(await json(res)).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(await stored()).toBe(before);
  });
});
