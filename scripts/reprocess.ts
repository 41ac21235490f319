// npm run reprocess [-- --county ID] — re-runs understanding over stored messages after a rule change.
import { parseConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { openConfigured } from '../src/process-setup.js';
import { reprocess } from '../src/services/reprocess.js';
import { resolveCounty } from '../src/services/roster-load.js';
import { understandingOptions } from '../src/services/understanding-options.js';
import { parseArgs } from './lib/args.js';

const { flags } = parseArgs(process.argv.slice(2));
const config = parseConfig(process.env);
const database = await openConfigured(config);
const county = await resolveCounty(database.db, flags.county);
const result = await reprocess(
  { db: database.db, logger: createLogger(config.logLevel) },
  county,
  understandingOptions(config),
);
console.log(JSON.stringify(result));
await database.close();
