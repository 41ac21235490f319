// A county's own settings, kept in counties.settings (jsonb): policy rules switched off, its list of
// matters not admitted to villages (不准入事项), the optional leader nudge, and who receives the weekly
// burden report. Other keys of the document belong to other features and are left as they are.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { counties, groups, people } from '../../db/schema.js';
import { POLICY_FLAG_IDS, type PolicyFlag } from '../core/policy/index.js';
import { AppError } from '../errors.js';
import type { UnderstandingOptions } from './understanding-options.js';

const policyId = z
  .string()
  .trim()
  .transform((s) => (s.startsWith('policy:') ? s : `policy:${s}`))
  .refine((s): s is PolicyFlag => (POLICY_FLAG_IDS as readonly string[]).includes(s), {
    message: `must be one of ${POLICY_FLAG_IDS.join(', ')}`,
  });

const notAdmittedItem = z
  .object({
    name: z.string().trim().min(1).max(60),
    // Two characters at least: a single character would match nearly every notice.
    keywords: z.array(z.string().trim().min(2).max(40)).min(1).max(30),
  })
  .strict();

const recipient = z
  .object({
    personId: z.string().min(1).max(64).optional(),
    groupId: z.string().min(1).max(64).optional(),
    channel: z.enum(['wechat', 'wecom-app', 'wecom-webhook']),
  })
  .strict()
  .refine((r) => (r.personId === undefined) !== (r.groupId === undefined), {
    message: 'name exactly one of personId or groupId',
  });

const policySection = z
  .object({
    disabled: z.array(policyId).max(POLICY_FLAG_IDS.length).default([]),
    notAdmitted: z.array(notAdmittedItem).max(300).default([]),
  })
  .strict();
const nudgeSection = z.object({ enabled: z.boolean().default(false) }).strict();
const burdenReportSection = z.object({ recipients: z.array(recipient).max(20).default([]) }).strict();

/** PUT body: each section given replaces that section; sections left out stay as they are. */
export const countySettingsPatchSchema = z
  .object({
    policy: policySection.optional(),
    nudge: nudgeSection.optional(),
    burdenReport: burdenReportSection.optional(),
  })
  .strict();
export type CountySettingsPatch = z.infer<typeof countySettingsPatchSchema>;

const DEFAULTS = {
  policy: { disabled: [] as PolicyFlag[], notAdmitted: [] },
  nudge: { enabled: false },
  burdenReport: { recipients: [] },
};

// Reading is lenient: a section edited by hand into an invalid shape falls back to its defaults.
const storedSchema = z.object({
  policy: policySection.catch(DEFAULTS.policy).default(DEFAULTS.policy),
  nudge: nudgeSection.catch(DEFAULTS.nudge).default(DEFAULTS.nudge),
  burdenReport: burdenReportSection.catch(DEFAULTS.burdenReport).default(DEFAULTS.burdenReport),
});
export type CountySettings = z.infer<typeof storedSchema>;
export type NudgeSettings = CountySettings['nudge'];

async function rawSettings(db: Db, county: string): Promise<Record<string, unknown>> {
  const [row] = await db
    .select({ settings: counties.settings })
    .from(counties)
    .where(eq(counties.id, county));
  if (!row) throw new AppError('not_found', `unknown county ${county}`);
  return row.settings ?? {};
}

export async function readCountySettings(db: Db, county: string): Promise<CountySettings> {
  const parsed = storedSchema.safeParse(await rawSettings(db, county));
  return parsed.success ? parsed.data : storedSchema.parse({});
}

async function checkReferences(db: Db, county: string, patch: CountySettingsPatch): Promise<void> {
  const list = patch.burdenReport?.recipients ?? [];
  const personIds = list.flatMap((r) => (r.personId ? [r.personId] : []));
  const groupIds = list.flatMap((r) => (r.groupId ? [r.groupId] : []));
  const [p, g] = await Promise.all([
    personIds.length === 0
      ? []
      : db
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.countyId, county), inArray(people.id, personIds))),
    groupIds.length === 0
      ? []
      : db
          .select({ id: groups.id })
          .from(groups)
          .where(and(eq(groups.countyId, county), inArray(groups.id, groupIds))),
  ]);
  const missing = [
    ...personIds
      .filter((id) => !p.some((r) => r.id === id))
      .map((id) => `burdenReport.recipients: 名册中没有人员 ${id}`),
    ...groupIds
      .filter((id) => !g.some((r) => r.id === id))
      .map((id) => `burdenReport.recipients: 名册中没有群 ${id}`),
  ];
  if (missing.length > 0) throw new AppError('validation_failed', '设置引用了名册中不存在的对象', missing);
}

export async function updateCountySettings(
  db: Db,
  county: string,
  patch: CountySettingsPatch,
): Promise<CountySettings> {
  await checkReferences(db, county, patch);
  const current = await rawSettings(db, county);
  const next = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  await db.update(counties).set({ settings: next }).where(eq(counties.id, county));
  return readCountySettings(db, county);
}

/** The understanding options with the county's own policy settings and nudge merged in. */
export async function withCountySettings(
  db: Db,
  county: string,
  opts: UnderstandingOptions,
): Promise<UnderstandingOptions> {
  const s = await readCountySettings(db, county);
  return {
    ...opts,
    disabledPolicies: [...new Set([...(opts.disabledPolicies ?? []), ...s.policy.disabled])],
    notAdmitted: [...(opts.notAdmitted ?? []), ...s.policy.notAdmitted],
    nudge: s.nudge,
  };
}
