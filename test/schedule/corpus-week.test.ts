// A week of the development corpus replayed with the scheduler running every 15 minutes of simulated
// time: every cadre gets fewer pushes than the group messages they would have read, nothing but urgent
// work arrives in the quiet hours, and reminder pushes stay within the daily cap.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundMessageSchema } from '../../src/core/inbound-schema.js';
import type { Roster } from '../../src/core/types.js';
import { silentLogger } from '../../src/logger.js';
import { ingest } from '../../src/services/ingest.js';
import { importRoster } from '../../src/services/roster-import.js';
import { type Delivery, listDeliveries, replayScheduler } from '../../src/services/schedule-replay.js';
import { understandingOptions } from '../../src/services/understanding-options.js';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/factories.js';

const dir = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
const present = existsSync(`${dir}messages.jsonl`);

describe.runIf(present).each(backends)('a week of the dev corpus with digests (%s)', (backend) => {
  let database: TestDatabase;
  let roster: Roster;
  let messages: ReturnType<typeof inboundMessageSchema.parse>[];
  let deliveries: Delivery[];

  beforeAll(async () => {
    database = await freshDatabase(backend);
    roster = JSON.parse(readFileSync(`${dir}roster.json`, 'utf8'));
    messages = readFileSync(`${dir}messages.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => inboundMessageSchema.parse(JSON.parse(l)));
    const { county } = await importRoster(database.db, roster);
    const config = testConfig();
    const scheduler = replayScheduler({ db: database.db, config, logger: silentLogger });
    for (const m of messages) {
      await scheduler.until(new Date(m.at));
      scheduler.touched(
        await ingest({ db: database.db, logger: silentLogger }, county, [m], understandingOptions(config)),
      );
    }
    await scheduler.finish();
    deliveries = await listDeliveries(database.db, county);
  }, 240_000);
  afterAll(() => database.destroy());

  const cadres = () => roster.people.filter((p) => p.role === 'cadre').map((p) => p.id);
  const local = (iso: string) => iso.slice(0, 16);

  it('gives every cadre fewer pushes than the group messages they would have read', () => {
    for (const p of cadres()) {
      const groups = new Set(roster.groups.filter((g) => g.members.includes(p)).map((g) => g.id));
      const read = messages.filter((m) => m.group !== null && groups.has(m.group) && m.sender !== p).length;
      const pushes = deliveries.filter((d) => d.person === p).length;
      expect.soft(pushes, `${p}: ${pushes} pushes, ${read} group messages`).toBeLessThan(read);
    }
  });

  // Monday's 07:30 digest fell before the first message of the week.
  it('sends each cadre one digest every morning', () => {
    for (const p of cadres()) {
      const days = deliveries.filter((d) => d.person === p && d.purpose === 'digest').map((d) => local(d.at));
      expect(days).toEqual([
        '2026-11-24T07:30',
        '2026-11-25T07:30',
        '2026-11-26T07:30',
        '2026-11-27T07:30',
        '2026-11-28T07:30',
        '2026-11-29T07:30',
      ]);
    }
  });

  it('holds everything but urgent work in the quiet hours', () => {
    const night = deliveries.filter((d) => {
      const hour = Number(d.at.slice(11, 13));
      return (hour >= 22 || hour < 7) && d.purpose !== 'urgent';
    });
    expect(night).toEqual([]);
  });

  it('keeps pushes other than urgent ones within five a day for everyone', () => {
    const perDay = new Map<string, number>();
    for (const d of deliveries) {
      if (d.purpose === 'digest' || d.purpose === 'leader-summary' || d.purpose === 'urgent') continue;
      const key = `${d.person} ${d.at.slice(0, 10)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(5);
  });
});
