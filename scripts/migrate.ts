// npm run db:migrate — applies the committed migrations to the configured database.
import { parseConfig } from '../src/config.js';
import { openConfigured } from '../src/process-setup.js';

const config = parseConfig(process.env);
const database = await openConfigured(config);
console.error(`migrations applied (${database.kind})`);
await database.close();
