import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, people } from '../../db/schema.js';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { importRoster } from '../../src/services/roster-import.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { ADMIN_TOKEN, INGEST_TOKEN, message, roster, testConfig } from '../helpers/factories.js';
import { json } from '../helpers/http.js';

describe.each(backends)('roster import (%s)', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(backend);
  });
  afterAll(() => database.destroy());

  it('imports a county and changes nothing the second time', async () => {
    const first = await importRoster(database.db, roster());
    expect(first).toMatchObject({ county: 'c1', people: 7, groups: 3, removed: [], deactivated: [] });
    const snapshot = await database.db.select().from(people).orderBy(people.id);
    await importRoster(database.db, roster());
    expect(await database.db.select().from(people).orderBy(people.id)).toEqual(snapshot);
  });

  it('updates an edited roster in place and keeps a person who has tasks', async () => {
    const app = createApp({
      db: database.db,
      config: testConfig(),
      clock: () => new Date(),
      logger: silentLogger,
    });
    // 唐秋 (u5) is addressed by a directive, so has a task.
    await app.request('/api/messages', {
      method: 'POST',
      headers: { authorization: `Bearer ${INGEST_TOKEN}` },
      body: JSON.stringify(
        message({ group: 'k3', sender: 'u3', text: '请各网格员今天下午4点前报送本村独居老人名单。' }),
      ),
    });
    const edited = roster();
    edited.people = edited.people.filter((p) => p.id !== 'u5' && p.id !== 'u7');
    edited.people.find((p) => p.id === 'u4')!.title = '村党支部书记、村委会主任';
    for (const g of edited.groups) g.members = g.members.filter((m) => m !== 'u5' && m !== 'u7');
    const res = await app.request('/api/roster', {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify(edited),
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ deactivated: ['u5'], removed: ['u7'] });
    const [u4] = await database.db.select().from(people).where(eq(people.id, 'u4'));
    expect(u4!.title).toBe('村党支部书记、村委会主任');
    const [u5] = await database.db.select().from(people).where(eq(people.id, 'u5'));
    expect(u5!.active).toBe(false);
    const k3 = await database.db
      .select()
      .from(memberships)
      .where(and(eq(memberships.countyId, 'c1'), eq(memberships.groupId, 'k3')));
    expect(k3.map((m) => m.personId).sort()).toEqual(['u3', 'u4']);
  });

  it('refuses a roster with broken references, naming them', async () => {
    const bad = roster();
    bad.people.push({ id: 'u9', name: '无名', title: '', org: 'nowhere', role: 'cadre' });
    await expect(importRoster(database.db, bad)).rejects.toMatchObject({
      code: 'validation_failed',
      details: ['person u9: unknown org nowhere'],
    });
  });

  it('guards PUT /api/roster with the admin token', async () => {
    const app = createApp({
      db: database.db,
      config: testConfig(),
      clock: () => new Date(),
      logger: silentLogger,
    });
    const res = await app.request('/api/roster', {
      method: 'PUT',
      headers: { authorization: `Bearer ${INGEST_TOKEN}` },
      body: JSON.stringify(roster()),
    });
    expect(res.status).toBe(401);
  });
});
