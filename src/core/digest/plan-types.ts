// The shapes the scheduler's plan works with: the people, the outbox ledger, the rows it decides to write.
import type { Role } from '../types.js';
import type { TaskView } from '../understand/views.js';
import type { Channel } from './channel.js';
import type { PushPurpose } from './due.js';
import type { ScheduleSettings } from './settings.js';

export interface PlanPerson {
  id: string;
  name: string;
  role: Role;
  digest: boolean;
  digestAt: string;
  channel: Channel;
  groups: ReadonlySet<string>;
}

/** A row already in the outbox, due within the last LEDGER_HOURS hours. */
export interface LedgerRow {
  key: string;
  recipientId: string;
  purpose: string;
  state: string;
  dueAt: number;
  result: string | null;
}

export type RowState = 'queued' | 'folded' | 'skipped';

export interface PlannedRow {
  recipientId: string;
  channel: Channel;
  purpose: 'digest' | 'leader-summary' | PushPurpose;
  period: string;
  dueAt: number;
  body: { text: string; markdown?: string; urgent?: boolean };
  /** queued: to send; folded: told inside another message (result names it); skipped: nothing to say. */
  state: RowState;
  result?: string;
}

export interface PlanInput {
  now: number;
  settings: ScheduleSettings;
  people: PlanPerson[];
  tasks: TaskView[];
  /** When a person got a task: the assignment's time. */
  seenAt: (task: TaskView, personId: string) => number;
  ledger: LedgerRow[];
  /** Group messages each person would have read since their last digest (only for digests due now). */
  groupMessages: ReadonlyMap<string, number>;
}

export interface Plan {
  rows: PlannedRow[];
  /** The next instant anything can fall due if nothing else happens (a hint for idle schedulers). */
  next: number;
}

/** How far back the ledger must reach: beyond every catch-up window of due.ts. */
export const LEDGER_HOURS = 30;

export const PUSH_PURPOSES: readonly string[] = ['urgent', 'reminder', 'overdue'];
export const rowKey = (recipientId: string, purpose: string, period: string) =>
  `${recipientId}|${purpose}|${period}`;
