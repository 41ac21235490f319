// Platform names → roster ids. WeChat ids change on every re-login, so groups are bound by room
// topic and people by alias or name; WeCom by chatid and userid. What the roster does not know is
// recorded as pending for an admin to confirm, and the message is still stored under a placeholder.
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { groups, identities, memberships, people } from '../../db/schema.js';
import type { BindingRef, Resolved } from '../channels/contract.js';
import { AppError } from '../errors.js';

const short = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** The id a message carries for a sender the roster does not know: `wecom:<userid>`, `wechat:<name>`. */
export function placeholderId(platform: string, ref: BindingRef): string {
  return `${platform}:${ref.name ?? ref.keys[0] ?? ''}`.slice(0, 200);
}

export async function resolveGroup(
  db: Db,
  county: string,
  platform: string,
  ref: BindingRef,
): Promise<Resolved> {
  const key = ref.keys[0]!;
  const bound = await db
    .select()
    .from(groups)
    .where(
      and(eq(groups.countyId, county), eq(groups.platform, platform), inArray(groups.binding, ref.keys)),
    );
  const confirmed = bound.find((g) => !g.pending);
  if (confirmed) return { id: confirmed.id, pending: false };
  // A roster group of the same name that nothing is bound to yet: the roster named it, so bind it.
  if (ref.name) {
    const named = await db
      .select({ id: groups.id })
      .from(groups)
      .where(
        and(
          eq(groups.countyId, county),
          eq(groups.platform, platform),
          eq(groups.name, ref.name),
          eq(groups.pending, false),
          isNull(groups.binding),
        ),
      );
    if (named.length === 1) {
      await confirmBinding(db, county, { kind: 'group', platform, binding: key, groupId: named[0]!.id });
      return { id: named[0]!.id, pending: false };
    }
  }
  const existing = bound[0];
  if (existing) return { id: existing.id, pending: existing.pending };
  const id = `pending-${platform}-${short(key)}`;
  if (ref.record !== false) {
    await db
      .insert(groups)
      .values({
        countyId: county,
        id,
        platform,
        name: (ref.name ?? key).slice(0, 200),
        binding: key,
        pending: true,
      })
      .onConflictDoNothing();
  }
  return { id, pending: true };
}

export async function resolvePerson(
  db: Db,
  county: string,
  platform: string,
  ref: BindingRef,
  groupId?: string,
): Promise<Resolved> {
  const known = await db
    .select()
    .from(identities)
    .where(
      and(
        eq(identities.countyId, county),
        eq(identities.platform, platform),
        inArray(identities.externalId, ref.keys),
      ),
    );
  const bound = known.find((i) => i.personId !== null);
  if (bound) return { id: bound.personId!, pending: false };
  const placeholder = { id: placeholderId(platform, ref), pending: true };
  // Dismissed by an admin (not pending, no person): stays a placeholder, never asked again.
  if (known.some((i) => !i.pending)) return placeholder;
  const match = ref.name && platform === 'wechat' ? await uniqueByName(db, county, ref.name, groupId) : null;
  if (match) {
    await confirmBinding(db, county, { kind: 'person', platform, externalId: ref.keys[0]!, personId: match });
    return { id: match, pending: false };
  }
  if (ref.record !== false && known.length === 0) {
    await db
      .insert(identities)
      .values({
        countyId: county,
        platform,
        externalId: ref.keys[0]!,
        displayName: ref.name ?? null,
        pending: true,
      })
      .onConflictDoNothing();
  }
  return placeholder;
}

/** The one active roster person with this exact name, among the group's members when the group is known. */
async function uniqueByName(db: Db, county: string, name: string, groupId?: string) {
  const named = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.countyId, county), eq(people.name, name), eq(people.active, true)));
  let ids = named.map((p) => p.id);
  if (groupId && ids.length > 0) {
    const members = await db
      .select({ id: memberships.personId })
      .from(memberships)
      .where(
        and(
          eq(memberships.countyId, county),
          eq(memberships.groupId, groupId),
          inArray(memberships.personId, ids),
        ),
      );
    ids = members.map((m) => m.id);
  }
  return ids.length === 1 ? ids[0]! : null;
}

export type BindingTarget =
  | { kind: 'group'; platform: string; binding: string; groupId: string }
  | { kind: 'person'; platform: string; externalId: string; personId: string };

/** An admin (or an exact roster match) binds a platform group or account to a roster group or person. */
export async function confirmBinding(db: Db, county: string, t: BindingTarget): Promise<void> {
  if (t.kind === 'group') {
    await db.transaction(async (tx) => {
      const [target] = await tx
        .select({ id: groups.id })
        .from(groups)
        .where(and(eq(groups.countyId, county), eq(groups.id, t.groupId), eq(groups.pending, false)));
      if (!target) throw new AppError('not_found', `no group ${t.groupId}`);
      await tx
        .delete(groups)
        .where(
          and(
            eq(groups.countyId, county),
            eq(groups.platform, t.platform),
            eq(groups.binding, t.binding),
            eq(groups.pending, true),
          ),
        );
      await tx
        .update(groups)
        .set({ binding: t.binding, platform: t.platform })
        .where(and(eq(groups.countyId, county), eq(groups.id, t.groupId)));
    });
    return;
  }
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.countyId, county), eq(people.id, t.personId)));
  if (!person) throw new AppError('not_found', `no person ${t.personId}`);
  await db
    .insert(identities)
    .values({ countyId: county, platform: t.platform, externalId: t.externalId, personId: t.personId })
    .onConflictDoUpdate({
      target: [identities.countyId, identities.platform, identities.externalId],
      set: { personId: t.personId, pending: false },
    });
}

/** "Not one of ours": the pending entry is kept but no longer asked about; messages stay stored. */
export async function dismissBinding(
  db: Db,
  county: string,
  t: { kind: 'group' | 'person'; platform: string; key: string },
): Promise<void> {
  if (t.kind === 'group') {
    await db
      .update(groups)
      .set({ pending: false })
      .where(
        and(
          eq(groups.countyId, county),
          eq(groups.platform, t.platform),
          eq(groups.binding, t.key),
          eq(groups.pending, true),
        ),
      );
    return;
  }
  await db
    .update(identities)
    .set({ pending: false, personId: null })
    .where(
      and(
        eq(identities.countyId, county),
        eq(identities.platform, t.platform),
        eq(identities.externalId, t.key),
      ),
    );
}
