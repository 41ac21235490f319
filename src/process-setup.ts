// What every Node process (service, bot, scripts) does first: read the configuration, stopping with a
// message that names the variable when it is wrong, and open the configured database.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, migrateDatabase, openDatabase } from '../db/client.js';
import { type Config, ConfigError, parseConfig } from './config.js';

export function configOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** The configured database (PGlite under DATA_DIR, or DATABASE_URL), migrated. */
export async function openConfigured(config: Config): Promise<Database & { location: string }> {
  if (config.database.url) {
    const database = await openDatabase({ url: config.database.url });
    await migrateDatabase(database);
    return { ...database, location: 'postgres' };
  }
  const dataDir = join(config.database.dataDir, 'pglite');
  mkdirSync(dataDir, { recursive: true });
  const database = await openDatabase({ dataDir });
  await migrateDatabase(database);
  return { ...database, location: `embedded (${dataDir})` };
}
