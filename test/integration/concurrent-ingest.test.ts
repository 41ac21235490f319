// Two app instances on one PostgreSQL ingesting the same batch at once store each message exactly once.
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client.js';
import { messages } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { importRoster } from '../../src/services/roster-import.js';
import { freshDatabase, type TestDatabase } from '../helpers/db.js';
import { INGEST_TOKEN, message, roster, testConfig } from '../helpers/factories.js';
import { type Json, json } from '../helpers/http.js';

describe.runIf(process.env.TEST_DATABASE_URL)('concurrent ingest (postgres)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
    await importRoster(database.db, roster());
  });
  afterAll(() => database.destroy());

  it('50 concurrent posts of one batch from two instances leave one row per message', async () => {
    const second = await openDatabase({ url: database.url!, poolSize: 8 });
    const apps = [database, second].map((d) =>
      createApp({ db: d.db, config: testConfig(), clock: () => new Date(), logger: silentLogger }),
    );
    const batch = Array.from({ length: 20 }, (_, i) =>
      message({ text: i % 5 === 0 ? `请各村于12月${10 + i}日前报送第${i}号统计表。` : `收到${i}` }),
    );
    const body = JSON.stringify(batch);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        json(
          apps[i % 2]!.request('/api/messages', {
            method: 'POST',
            headers: { authorization: `Bearer ${INGEST_TOKEN}` },
            body,
          }),
        ),
      ),
    );
    await second.close();
    const newTotal = results.reduce((s: number, r: Json) => s + r.stored, 0);
    expect(newTotal).toBe(batch.length);
    const [{ n }] = (await database.db.select({ n: count() }).from(messages)) as [{ n: number }];
    expect(n).toBe(batch.length);
  });
});
