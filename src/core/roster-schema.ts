import { z } from 'zod';

const id = z.string().trim().min(1).max(200);

export const rosterSchema = z.object({
  timezone: z.string().default('Asia/Shanghai'),
  bot: id.default('bot'),
  orgs: z
    .array(
      z.object({
        id,
        name: z.string().min(1).max(200),
        level: z.enum(['county', 'township', 'village']),
        parent: id.nullable(),
      }),
    )
    .min(1),
  people: z.array(
    z.object({
      id,
      name: z.string().min(1).max(100),
      title: z.string().max(200).default(''),
      org: id,
      role: z.enum(['official', 'leader', 'cadre']),
    }),
  ),
  groups: z.array(
    z.object({
      id,
      platform: z.string().min(1).max(32),
      name: z.string().min(1).max(200),
      members: z.array(id),
    }),
  ),
});

export type RosterInput = z.infer<typeof rosterSchema>;
