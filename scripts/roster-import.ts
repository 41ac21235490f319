// npm run roster:import -- FILE — imports (or updates) a county's roster into the configured database.
import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/config.js';
import { AppError } from '../src/errors.js';
import { openConfigured } from '../src/process-setup.js';
import { importRoster } from '../src/services/roster-import.js';
import { parseArgs } from './lib/args.js';

const { rest } = parseArgs(process.argv.slice(2));
const file = rest[0];
if (!file) {
  console.error('usage: npm run roster:import -- ROSTER.json');
  process.exit(2);
}
const database = await openConfigured(parseConfig(process.env));
try {
  const result = await importRoster(database.db, JSON.parse(readFileSync(file, 'utf8')));
  console.log(JSON.stringify(result, null, 2));
} catch (err) {
  if (err instanceof AppError) {
    console.error(`${err.message}: ${JSON.stringify(err.details, null, 2)}`);
    process.exitCode = 1;
  } else throw err;
} finally {
  await database.close();
}
