// Resolves what one platform message names (group, sender, people @-mentioned) in one go.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { counties } from '../../db/schema.js';
import type { BindingRef, Resolution } from '../channels/contract.js';
import { resolveGroup, resolvePerson } from './bindings.js';

export interface MessageRefs {
  group: BindingRef | null;
  sender: BindingRef;
  mentions?: BindingRef[];
}

export async function botIdOf(db: Db, county: string): Promise<string> {
  const [c] = await db.select({ bot: counties.botId }).from(counties).where(eq(counties.id, county));
  return c?.bot ?? 'bot';
}

export async function resolveRefs(
  db: Db,
  county: string,
  platform: string,
  refs: MessageRefs,
  bot?: string,
): Promise<Resolution> {
  const group = refs.group ? await resolveGroup(db, county, platform, refs.group) : null;
  const inGroup = group && !group.pending ? group.id : undefined;
  const sender = await resolvePerson(db, county, platform, refs.sender, inGroup);
  const mentions = [];
  for (const m of refs.mentions ?? [])
    mentions.push(await resolvePerson(db, county, platform, { ...m, record: false }, inGroup));
  return { bot: bot ?? (await botIdOf(db, county)), group, sender, mentions };
}
