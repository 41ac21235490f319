// Every table carries county_id (the tenant: the roster's top organisation) and leads its keys
// with it, so a province-wide deployment can distribute every table by county on Citus.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const counties = pgTable('counties', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  botId: text('bot_id').notNull().default('bot'),
  timezone: text('timezone').notNull().default('Asia/Shanghai'),
  /** Bumped by every roster import, so instances can cache the roster safely. */
  rosterVersion: integer('roster_version').notNull().default(1),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const orgs = pgTable(
  'orgs',
  {
    countyId: text('county_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    level: text('level').notNull(),
    parentId: text('parent_id'),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.id] })],
);

export const people = pgTable(
  'people',
  {
    countyId: text('county_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    orgId: text('org_id').notNull(),
    role: text('role').notNull(),
    digest: boolean('digest').notNull().default(true),
    /** Local time of the morning digest, HH:MM. */
    digestAt: text('digest_at').notNull().default('07:30'),
    /** Signed page links issued before this instant no longer open (revocation). */
    linksValidAfter: ts('links_valid_after'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.id] })],
);

/** A person's account on a platform (WeChat contact, WeCom userid); `pending` until an admin confirms it. */
export const identities = pgTable(
  'identities',
  {
    countyId: text('county_id').notNull(),
    platform: text('platform').notNull(),
    externalId: text('external_id').notNull(),
    personId: text('person_id'),
    displayName: text('display_name'),
    pending: boolean('pending').notNull().default(false),
    seenAt: ts('seen_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.platform, t.externalId] })],
);

export const groups = pgTable(
  'groups',
  {
    countyId: text('county_id').notNull(),
    id: text('id').notNull(),
    platform: text('platform').notNull(),
    name: text('name').notNull(),
    /** The platform's own id or stable attribute (room topic) the group is bound by. */
    binding: text('binding'),
    pending: boolean('pending').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('groups_binding').on(t.countyId, t.platform, t.binding),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    countyId: text('county_id').notNull(),
    groupId: text('group_id').notNull(),
    personId: text('person_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.groupId, t.personId] })],
);

/** Every received message, stored before anything else happens. */
export const messages = pgTable(
  'messages',
  {
    countyId: text('county_id').notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    platform: text('platform').notNull(),
    platformId: text('platform_id').notNull(),
    groupId: text('group_id'),
    senderId: text('sender_id').notNull(),
    at: ts('at').notNull(),
    type: text('type').notNull(),
    text: text('text'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: ts('received_at').notNull().defaultNow(),
    /** new → processed | failed */
    state: text('state').notNull().default('new'),
    error: text('error'),
    directive: boolean('directive'),
    taskId: text('task_id'),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.seq] }),
    uniqueIndex('messages_platform_id').on(t.countyId, t.platform, t.platformId),
    index('messages_state').on(t.countyId, t.state),
    index('messages_group_at').on(t.countyId, t.groupId, t.at),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    countyId: text('county_id').notNull(),
    id: text('id').notNull(),
    /** The sequence number of the message that started the task: ids stay the same when history is reprocessed. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    title: text('title').notNull(),
    kind: text('kind').notNull(),
    deadline: ts('deadline'),
    recurrence: text('recurrence'),
    requires: text('requires').array().notNull().default(sql`'{}'::text[]`),
    flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('open'),
    issuerId: text('issuer_id'),
    issuerOrgId: text('issuer_org_id'),
    firstSeenAt: ts('first_seen_at').notNull(),
    lastPostedAt: ts('last_posted_at').notNull(),
    /** Normalised text and key facts of the original notice, for relay confirmation. */
    norm: text('norm').notNull(),
    facts: jsonb('facts').$type<Record<string, string[]>>().notNull(),
    subject: text('subject'),
    /** The last six characters of the form a report names: reports of the same form share it (repeat-data). */
    subjectKey: text('subject_key'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    index('tasks_first_seen').on(t.countyId, t.firstSeenAt),
    index('tasks_issuer').on(t.countyId, t.issuerId),
    index('tasks_subject').on(t.countyId, t.subjectKey, t.firstSeenAt),
  ],
);

/** LSH band keys of a task's notices: candidates for a relay come from here, never from a scan. */
export const taskBands = pgTable(
  'task_bands',
  {
    countyId: text('county_id').notNull(),
    band: text('band').notNull(),
    taskId: text('task_id').notNull(),
    firstSeenAt: ts('first_seen_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.band, t.taskId] }),
    index('task_bands_task').on(t.countyId, t.taskId),
    index('task_bands_recent').on(t.countyId, t.band, t.firstSeenAt),
  ],
);

export const taskSources = pgTable(
  'task_sources',
  {
    countyId: text('county_id').notNull(),
    taskId: text('task_id').notNull(),
    messageSeq: bigint('message_seq', { mode: 'number' }).notNull(),
    messageId: text('message_id').notNull(),
    groupId: text('group_id'),
    senderId: text('sender_id').notNull(),
    at: ts('at').notNull(),
    /** original | relay | reminder | change | cancel | forward */
    role: text('role').notNull(),
    text: text('text').notNull(),
    /** Normalised text, compared with a candidate relay's. */
    norm: text('norm').notNull(),
    addressees: text('addressees').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.taskId, t.messageSeq] }),
    index('task_sources_group_at').on(t.countyId, t.groupId, t.at),
    index('task_sources_message').on(t.countyId, t.messageId),
  ],
);

export const assignments = pgTable(
  'assignments',
  {
    countyId: text('county_id').notNull(),
    taskId: text('task_id').notNull(),
    personId: text('person_id').notNull(),
    /** open → acked → done (a recurring task is done per occurrence, see completions) */
    state: text('state').notNull().default('open'),
    addedAt: ts('added_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.taskId, t.personId] }),
    index('assignments_person').on(t.countyId, t.personId, t.state),
  ],
);

export const completions = pgTable(
  'completions',
  {
    countyId: text('county_id').notNull(),
    taskId: text('task_id').notNull(),
    personId: text('person_id').notNull(),
    /** ack | done */
    status: text('status').notNull(),
    /** The occurrence (local date) of a recurring task; '' for a one-off. */
    occurrence: text('occurrence').notNull().default(''),
    messageId: text('message_id').notNull(),
    at: ts('at').notNull(),
    proof: text('proof'),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.taskId, t.personId, t.status, t.occurrence] })],
);

/** Everything the system sends, once per (recipient, purpose, period). */
export const outbox = pgTable(
  'outbox',
  {
    countyId: text('county_id').notNull(),
    key: text('key').notNull(),
    recipientId: text('recipient_id').notNull(),
    channel: text('channel').notNull(),
    purpose: text('purpose').notNull(),
    period: text('period').notNull(),
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
    /** queued → sending → sent | failed */
    state: text('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    dueAt: ts('due_at').notNull(),
    sentAt: ts('sent_at'),
    result: text('result'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.key] }), index('outbox_due').on(t.state, t.dueAt)],
);

/** A person's one-word correction ("是任务" / "不是任务") to the bot's reading of a message. */
export const feedback = pgTable(
  'feedback',
  {
    countyId: text('county_id').notNull(),
    messageId: text('message_id').notNull(),
    personId: text('person_id').notNull(),
    verdict: text('verdict').notNull(),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.messageId, t.personId] })],
);

/** Nonces of signed callbacks already accepted (WeCom): a nonce is never accepted twice. */
export const nonces = pgTable(
  'nonces',
  {
    scope: text('scope').notNull(),
    nonce: text('nonce').notNull(),
    seenAt: ts('seen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.nonce] }), index('nonces_seen').on(t.seenAt)],
);

/** What the bot is waiting for from a person ("which task did you mean?"), short-lived. */
export const conversations = pgTable(
  'conversations',
  {
    countyId: text('county_id').notNull(),
    personId: text('person_id').notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.personId] })],
);

/** A photo or screenshot kept as a task's proof (from a chat image or a page upload). */
export const proofs = pgTable(
  'proofs',
  {
    countyId: text('county_id').notNull(),
    id: text('id').notNull(),
    taskId: text('task_id').notNull(),
    personId: text('person_id').notNull(),
    messageId: text('message_id'),
    mime: text('mime').notNull(),
    bytes: bytea('bytes'),
    /** Where the platform keeps the file when we hold only a reference (media id, URL). */
    ref: text('ref'),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.id] }), index('proofs_task').on(t.countyId, t.taskId)],
);

/** The 6-digit code typed to the bot as a fallback to a signed link. */
export const loginCodes = pgTable(
  'login_codes',
  {
    countyId: text('county_id').notNull(),
    code: text('code').notNull(),
    personId: text('person_id').notNull(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
  },
  (t) => [primaryKey({ columns: [t.countyId, t.code] })],
);
