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
  // WeCom (企业微信): the self-built app, the AI bot, and group robot webhooks.
  WECOM_CORP_ID: z.string().min(1).optional(),
  WECOM_TOKEN: z.string().min(1).optional(),
  WECOM_ENCODING_AES_KEY: z.string().length(43, 'must be the 43-character EncodingAESKey').optional(),
  WECOM_AGENT_ID: z.string().regex(/^\d+$/, 'must be a number').optional(),
  WECOM_SECRET: z.string().min(1).optional(),
  WECOM_AIBOT_TOKEN: z.string().min(1).optional(),
  WECOM_AIBOT_ENCODING_AES_KEY: z.string().length(43, 'must be the 43-character EncodingAESKey').optional(),
  /** JSON object: group id → group robot webhook key. */
  WECOM_WEBHOOKS: z.string().optional(),
  WECOM_API_BASE: z.url().default('https://qyapi.weixin.qq.com'),
  // The WeChat bot process (bots/).
  WECHATY_PUPPET: z.string().min(1).default('wechaty-puppet-wechat4u'),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().min(1).optional(),
  WECHATY_NAME: z.string().min(1).default('qingdan'),
  QINGDAN_URL: z.url().optional(),
  BOT_SPOOL_DIR: z.string().min(1).default('./data/spool'),
  WECHAT_SEND_INTERVAL_MS: z.coerce.number().int().min(500).default(4000),
  WECHAT_DAILY_CAP: z.coerce.number().int().min(1).default(300),
  // Pages: signed links.
  PUBLIC_URL: z.url().optional(),
  LINK_SECRET: secret.optional(),
  LINK_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  PROOF_MAX_BYTES: z.coerce.number().int().min(10_000).default(2_000_000),
  // Digests and reminders (Asia/Shanghai).
  DIGEST_AT: hhmm.default('07:30'),
  LEADER_SUMMARY_AT: hhmm.default('17:45'),
  REMIND_BEFORE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  QUIET_START: hhmm.default('22:00'),
  QUIET_END: hhmm.default('07:00'),
  DAILY_PUSH_CAP: z.coerce.number().int().min(1).max(100).default(5),
  SCHEDULER: z.enum(['on', 'off']).default('on'),
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
  wecom: {
    corpId?: string;
    token?: string;
    encodingAesKey?: string;
    agentId?: number;
    secret?: string;
    aibotToken?: string;
    aibotEncodingAesKey?: string;
    webhooks: Record<string, string>;
    apiBase: string;
  };
  wechaty: {
    puppet: string;
    puppetToken?: string;
    name: string;
    serviceUrl?: string;
    spoolDir: string;
    sendIntervalMs: number;
    dailyCap: number;
  };
  pages: { publicUrl?: string; linkSecret?: string; linkTtlHours: number; proofMaxBytes: number };
  schedule: {
    enabled: boolean;
    digestAt: string;
    leaderSummaryAt: string;
    remindBeforeMinutes: number;
    quietStart: string;
    quietEnd: string;
    dailyPushCap: number;
  };
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
  const webhooks = parseWebhooks(e.WECOM_WEBHOOKS);
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
    wecom: {
      corpId: e.WECOM_CORP_ID,
      token: e.WECOM_TOKEN,
      encodingAesKey: e.WECOM_ENCODING_AES_KEY,
      agentId: e.WECOM_AGENT_ID === undefined ? undefined : Number(e.WECOM_AGENT_ID),
      secret: e.WECOM_SECRET,
      aibotToken: e.WECOM_AIBOT_TOKEN,
      aibotEncodingAesKey: e.WECOM_AIBOT_ENCODING_AES_KEY,
      webhooks: webhooks,
      apiBase: e.WECOM_API_BASE,
    },
    wechaty: {
      puppet: e.WECHATY_PUPPET,
      puppetToken: e.WECHATY_PUPPET_SERVICE_TOKEN,
      name: e.WECHATY_NAME,
      serviceUrl: e.QINGDAN_URL,
      spoolDir: e.BOT_SPOOL_DIR,
      sendIntervalMs: e.WECHAT_SEND_INTERVAL_MS,
      dailyCap: e.WECHAT_DAILY_CAP,
    },
    pages: {
      publicUrl: e.PUBLIC_URL,
      linkSecret: e.LINK_SECRET,
      linkTtlHours: e.LINK_TTL_HOURS,
      proofMaxBytes: e.PROOF_MAX_BYTES,
    },
    schedule: {
      enabled: e.SCHEDULER === 'on',
      digestAt: e.DIGEST_AT,
      leaderSummaryAt: e.LEADER_SUMMARY_AT,
      remindBeforeMinutes: e.REMIND_BEFORE_MINUTES,
      quietStart: e.QUIET_START,
      quietEnd: e.QUIET_END,
      dailyPushCap: e.DAILY_PUSH_CAP,
    },
    logLevel: e.LOG_LEVEL,
  };
}

function parseWebhooks(raw: string | undefined): Record<string, string> {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError(['WECOM_WEBHOOKS: must be a JSON object of group id to webhook key']);
  }
  const parsed = z.record(z.string(), z.string().min(1)).safeParse(value);
  if (!parsed.success)
    throw new ConfigError(['WECOM_WEBHOOKS: must be a JSON object of group id to webhook key']);
  return parsed.data;
}
