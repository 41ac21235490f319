// What the WeChat bot last told the service (waiting for a scan, logged in, logged out), kept in the
// county's settings so any service instance can show the login page.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { counties } from '../../db/schema.js';

export interface BotStatus {
  state: 'starting' | 'scan' | 'login' | 'logout' | 'error';
  /** The login QR payload while state is scan. */
  qr?: string;
  /** The logged-in account's name. */
  user?: string;
  message?: string;
  at: string;
}

export async function setBotStatus(db: Db, county: string, status: BotStatus): Promise<void> {
  const patch = JSON.stringify({ wechatBot: status });
  await db
    .update(counties)
    .set({ settings: sql`${counties.settings} || ${patch}::jsonb` })
    .where(eq(counties.id, county));
}

export async function botStatus(db: Db, county: string): Promise<BotStatus | undefined> {
  const [row] = await db
    .select({ settings: counties.settings })
    .from(counties)
    .where(eq(counties.id, county));
  return (row?.settings as { wechatBot?: BotStatus } | undefined)?.wechatBot;
}
