// One suite, two databases: a fresh PGlite always, and a fresh database on the PostgreSQL server
// named by TEST_DATABASE_URL when it is set (each test file gets a database of its own).
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type Database, migrateDatabase, openDatabase } from '../../db/client.js';

export type Backend = 'pglite' | 'postgres';

export const backends: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Database {
  url?: string;
  /** Closes and (on PostgreSQL) drops the database. */
  destroy(): Promise<void>;
}

export async function freshDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { ...database, destroy: () => database.close() };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `qingdan_test_${randomBytes(6).toString('hex')}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 8 });
  await migrateDatabase(database);
  return {
    ...database,
    url: url.toString(),
    destroy: async () => {
      await database.close();
      const s = postgres(admin, { max: 1, onnotice: () => {} });
      await s.unsafe(`drop database if exists ${name} with (force)`);
      await s.end();
    },
  };
}
