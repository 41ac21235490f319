// PostgreSQL through postgres.js: the only driver the Workers bundle includes.
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from './client.js';
import * as schema from './schema.js';

export function openPostgres(url: string, poolSize = 10): Database {
  const client = postgres(url, { max: poolSize, onnotice: () => {}, prepare: true });
  const db = drizzle(client, { schema }) as unknown as Database['db'];
  return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
}
