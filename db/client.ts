// Opens the database: PGlite on disk (or in memory) by default, PostgreSQL through postgres.js when a URL is given.
// The same drizzle code runs on both; everything above this file sees only `Db`.
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… ; absent → embedded PGlite */
  url?: string;
  /** PGlite data directory; absent → in memory */
  dataDir?: string;
  /** Max connections of the postgres.js pool. */
  poolSize?: number;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.url) {
    const { openPostgres } = await import('./open-postgres.js');
    return openPostgres(opts.url, opts.poolSize);
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

/** Applies the committed migrations (drizzle's migrator for the matching driver). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants its own driver's type
    await migrate(database.db as any, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // biome-ignore lint/suspicious/noExplicitAny: the migrator wants its own driver's type
    await migrate(database.db as any, { migrationsFolder });
  }
}

export { rowsOf } from './rows.js';
