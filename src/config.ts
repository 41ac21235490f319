// Configuration is parsed once, by one schema, and handed down in pieces.
import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');
const secret = z.string().min(16, 'must be at least 16 characters');
const flag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  INGEST_TOKEN: secret.optional(),
  ADMIN_TOKEN: secret.optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  OFFICE_START: hhmm.default('08:30'),
  OFFICE_END: hhmm.default('17:30'),
  OFFICE_NOON: hhmm.default('12:00'),
  RELAY_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  WECHAT_BOT: flag,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Env = Record<string, string | undefined>;

export interface Config {
  port: number;
  database: { url?: string; dataDir: string };
  auth: { ingestToken?: string; adminToken?: string };
  http: { bodyLimitBytes: number };
  understanding: {
    officeHours: { start: string; end: string; noon: string };
    relayWindowDays: number;
  };
  wechatBot: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
  }
}

/** Parses the environment; throws ConfigError naming each bad variable. Empty strings count as unset. */
export function parseConfig(env: Env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    database: { url: e.DATABASE_URL, dataDir: e.DATA_DIR },
    auth: { ingestToken: e.INGEST_TOKEN, adminToken: e.ADMIN_TOKEN },
    http: { bodyLimitBytes: e.BODY_LIMIT_BYTES },
    understanding: {
      officeHours: { start: e.OFFICE_START, end: e.OFFICE_END, noon: e.OFFICE_NOON },
      relayWindowDays: e.RELAY_WINDOW_DAYS,
    },
    wechatBot: e.WECHAT_BOT,
    logLevel: e.LOG_LEVEL,
  };
}
