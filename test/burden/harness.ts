// A fresh county (the factory roster) behind the real app, with helpers to post messages and read tasks.
import { createApp } from '../../src/app.js';
import type { InboundMessageInput } from '../../src/core/inbound-schema.js';
import { silentLogger } from '../../src/logger.js';
import { importRoster } from '../../src/services/roster-import.js';
import type { Backend, TestDatabase } from '../helpers/db.js';
import { freshDatabase } from '../helpers/db.js';
import { ADMIN_TOKEN, INGEST_TOKEN, roster, testConfig } from '../helpers/factories.js';
import { json } from '../helpers/http.js';

export interface Harness {
  database: TestDatabase;
  app: ReturnType<typeof createApp>;
  /** Posts messages in order through POST /api/messages; returns the task id of each. */
  post(...batch: InboundMessageInput[]): Promise<(string | null)[]>;
  /** An admin request (bearer ADMIN_TOKEN). */
  admin(path: string, init?: RequestInit): Response | Promise<Response>;
  setSettings(body: unknown): Response | Promise<Response>;
  flagsOf(taskId: string | null): Promise<string[]>;
}

export async function harness(
  backend: Backend,
  now = new Date('2026-12-14T08:00:00+08:00'),
): Promise<Harness> {
  const database = await freshDatabase(backend);
  await importRoster(database.db, roster());
  const app = createApp({ db: database.db, config: testConfig(), clock: () => now, logger: silentLogger });
  const admin = (path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: {
        authorization: `Bearer ${ADMIN_TOKEN}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    });
  const post = async (...batch: InboundMessageInput[]) => {
    const ids: (string | null)[] = [];
    for (const m of batch) {
      const res = await app.request('/api/messages', {
        method: 'POST',
        headers: { authorization: `Bearer ${INGEST_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(m),
      });
      const body = await json(res);
      ids.push(body.items[0]?.task ?? null);
    }
    return ids;
  };
  const setSettings = (body: unknown) =>
    admin('/api/counties/c1/settings', { method: 'PUT', body: JSON.stringify(body) });
  const flagsOf = async (taskId: string | null) => {
    const { loadTasks } = await import('../../src/services/task-store.js');
    const [t] = await loadTasks(database.db, 'c1', taskId ? [taskId] : []);
    return t?.flags ?? [];
  };
  return { database, app, post, admin, setSettings, flagsOf };
}
