// Understanding through the live ingest path, on both databases: one task however often a notice is relayed,
// reminders and changes attach to it, replies complete it, and reprocessing history gives the same tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/logger.js';
import { exportState } from '../../src/services/export-state.js';
import { reprocess } from '../../src/services/reprocess.js';
import { importRoster } from '../../src/services/roster-import.js';
import { understandingOptions } from '../../src/services/understanding-options.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { INGEST_TOKEN, message, roster, testConfig } from '../helpers/factories.js';
import { json } from '../helpers/http.js';

const NOTICE =
  '各乡镇：为做好冬季防火工作，请于12月9日17时前报送本乡镇森林防火巡护人员花名册（附件1），联系人高明。';

describe.each(backends)('understanding through ingest (%s)', (backend) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const config = testConfig();
  const post = (m: object) =>
    json(
      app.request('/api/messages', {
        method: 'POST',
        headers: { authorization: `Bearer ${INGEST_TOKEN}` },
        body: JSON.stringify(m),
      }),
    );
  const state = () => exportState(database.db, 'c1');

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await importRoster(database.db, roster());
    app = createApp({ db: database.db, config, clock: () => new Date(), logger: silentLogger });
    const at = (hm: string) => `2026-12-07T${hm}:00+08:00`;
    await post(message({ id: 'n1', at: at('08:00'), group: 'k1', sender: 'u1', text: NOTICE }));
    await post(
      message({
        id: 'n2',
        at: at('08:10'),
        group: 'k2',
        sender: 'u3',
        text: `转发：${NOTICE}\n请各村抓紧落实。`,
      }),
    );
    await post(
      message({
        id: 'n3',
        at: at('08:20'),
        group: 'k3',
        sender: 'u3',
        text: `@所有人 轉發：${NOTICE}`,
        mentions: ['all'],
      }),
    );
    // The same template for another form is another task.
    await post(
      message({
        id: 'n4',
        at: at('08:30'),
        group: 'k2',
        sender: 'u3',
        text: NOTICE.replace('巡护人员花名册（附件1）', '物资储备清单（附件2）'),
      }),
    );
    await post(
      message({ id: 'r1', at: at('09:00'), group: 'k2', sender: 'u4', text: '已报送', quote: 'n2' }),
    );
    await post(message({ id: 'r2', at: at('09:05'), group: 'k2', sender: 'u6', text: '收到' }));
    await post(
      message({
        id: 'c1',
        at: at('10:00'),
        group: 'k2',
        sender: 'u3',
        text: '各村：巡护人员花名册（附件1）报送时间延期至12月11日下班前。',
      }),
    );
  });
  afterAll(() => database.destroy());

  it('makes one task of a notice and its relays, assigned as each relayer addressed it', async () => {
    const s = await state();
    const task = s.tasks.find((t) => t.sources.includes('n1'))!;
    expect(task.sources).toEqual(['n1', 'n2', 'n3', 'c1']);
    expect(task.kind).toBe('report');
    expect(task.requires).toEqual(['file']);
    expect(task.flags).toContain('relayed');
    // k1: the township members (u2, u3 — 各乡镇); k2: only the village members (请各村…); k3: all but the relayer.
    expect(task.assignees).toEqual(['u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
    expect(s.messages.filter((m) => m.directive).map((m) => m.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'c1']);
  });

  it('keeps a near-miss notice for another form apart', async () => {
    const s = await state();
    const other = s.tasks.find((t) => t.sources.includes('n4'))!;
    expect(other.sources).toEqual(['n4']);
    expect(other.id).not.toBe(s.tasks.find((t) => t.sources.includes('n1'))!.id);
  });

  it('moves the deadline when a later message says so', async () => {
    const task = (await state()).tasks.find((t) => t.sources.includes('n1'))!;
    expect(task.deadline).toBe('2026-12-11T17:30:00+08:00');
  });

  it('completes by a quoted 已报送, and ignores a 收到 nothing asked for', async () => {
    const s = await state();
    const task = s.tasks.find((t) => t.sources.includes('n1'))!;
    expect(s.completions).toEqual([
      expect.objectContaining({ task: task.id, person: 'u4', status: 'done', message: 'r1' }),
    ]);
  });

  it('gives the same tasks when history is reprocessed, twice', async () => {
    const before = await state();
    const opts = understandingOptions(config);
    await reprocess({ db: database.db, logger: silentLogger }, 'c1', opts);
    const once = await state();
    await reprocess({ db: database.db, logger: silentLogger }, 'c1', opts);
    const twice = await state();
    expect(once).toEqual(before);
    expect(twice).toEqual(before);
  });
});
