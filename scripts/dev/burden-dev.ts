// npm run --silent burden:dev -- [--person p17] [--week 2026-W48]
// Replays the development corpus into an in-memory PGlite and prints the burden view of one cadre and
// of the county, in a few readable lines and as JSON.
import { readFileSync } from 'node:fs';
import { migrateDatabase, openDatabase } from '../../db/client.js';
import { parseConfig } from '../../src/config.js';
import { type BurdenView, KIND_LABELS, parseIsoWeek, percent } from '../../src/core/burden/index.js';
import { inboundMessageSchema } from '../../src/core/inbound-schema.js';
import { createLogger } from '../../src/logger.js';
import { burdenFor } from '../../src/services/burden.js';
import { ingest } from '../../src/services/ingest.js';
import { importRoster } from '../../src/services/roster-import.js';
import { understandingOptions } from '../../src/services/understanding-options.js';
import { parseArgs } from '../lib/args.js';

const { flags } = parseArgs(process.argv.slice(2));
const dir = flags.corpus ?? '../shared/corpus/dev';
const week = parseIsoWeek(flags.week ?? '2026-W48');
if (!week) throw new Error('--week must look like 2026-W48');

const database = await openDatabase({});
await migrateDatabase(database);
const { county } = await importRoster(database.db, JSON.parse(readFileSync(`${dir}/roster.json`, 'utf8')));
const batch = readFileSync(`${dir}/messages.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => inboundMessageSchema.parse(JSON.parse(l)));
const opts = understandingOptions(parseConfig({}));
// One message per batch, in file order, as the replay posts them.
for (const m of batch) await ingest({ db: database.db, logger: createLogger('error') }, county, [m], opts);

function lines(v: BurdenView): string {
  const unit = v.scope.type === 'person' ? '条' : '人次';
  return [
    `${v.scope.name}（${v.week.label}，${v.week.from} 至 ${v.week.to}，${v.scope.people} 人）`,
    `  指令消息 ${v.messages} ${unit}（群里共 ${v.messagesInGroups}），合并后任务 ${v.personTasks} ${v.scope.type === 'person' ? '项' : '人次'}，合并 ${v.merged}，不同任务 ${v.tasks} 项`,
    `  类型：${v.byKind.map((k) => `${KIND_LABELS[k.kind]} ${k.tasks}`).join('，')}`,
    `  发文单位：${v.byIssuer.map((i) => `${i.name} ${i.tasks}项/${i.messages}${unit}`).join('，')}`,
    `  规定：${v.byRule
      .filter((r) => r.tasks > 0)
      .map((r) => `${r.title} ${r.tasks}`)
      .join('，')}`,
    `  休息时间 ${v.afterHours.messages} ${unit}（${percent(v.afterHours.share)}），重复报送 ${v.repeatData.tasks} 项`,
  ].join('\n');
}

const person = flags.person ?? 'p17';
const mine = await burdenFor(database.db, county, week, { type: 'person', id: person });
const all = await burdenFor(database.db, county, week, { type: 'county' });
console.log(lines(mine));
console.log(lines(all));
if (flags.json) console.log(JSON.stringify({ person: mine, county: all }, null, 1));
await database.close();
