import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, migrateDatabase, openDatabase } from '../../db/client.js';
import type { Config } from '../../src/config.js';

/** The configured database (PGlite under DATA_DIR, or DATABASE_URL), migrated. */
export async function openConfigured(config: Config): Promise<Database> {
  let dataDir: string | undefined;
  if (!config.database.url) {
    dataDir = join(config.database.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
  }
  const database = await openDatabase({ url: config.database.url, dataDir });
  await migrateDatabase(database);
  return database;
}
