// Digests, reminders and the leader's summary: deciding what is due and writing the texts. Pure.
export { type Channel, channelFor } from './channel.js';
export { composeDigest, type Digest, type DigestInput } from './compose-digest.js';
export { composePush } from './compose-push.js';
export { composeLeaderSummary, type Summary, type SummaryInput } from './compose-summary.js';
export { type DueItem, dueItems, type PushPurpose } from './due.js';
export { planSchedule } from './plan.js';
export {
  LEDGER_HOURS,
  type LedgerRow,
  type Plan,
  type PlanInput,
  type PlannedRow,
  type PlanPerson,
  PUSH_PURPOSES,
  rowKey,
} from './plan-types.js';
export { DEFAULT_SCHEDULE, type ScheduleSettings } from './settings.js';
export { digestDue } from './slots.js';
