import type { Kind, Roster } from '../types.js';
import type { SourceRole } from '../understand/views.js';
import type { IsoWeek } from './week.js';

/** One directive message of the week, as a source of a task. */
export interface BurdenSource {
  taskId: string;
  /** ISO 8601 */
  at: string;
  groupId: string | null;
  senderId: string;
  role: SourceRole;
  addressees: string[];
}

export interface BurdenTask {
  id: string;
  title: string;
  kind: Kind;
  flags: string[];
  issuerId: string | null;
  /** Role of the task's first source: 'forward' when a cadre forwarded it to the bot from elsewhere. */
  originRole: SourceRole | null;
}

/** What the aggregation reads: the week's task sources and their tasks, and the roster. */
export interface BurdenData {
  week: IsoWeek;
  roster: Pick<Roster, 'bot' | 'orgs' | 'people' | 'groups'>;
  sources: BurdenSource[];
  tasks: BurdenTask[];
}

export type BurdenScope =
  | { type: 'county' }
  | { type: 'township'; id: string }
  | { type: 'person'; id: string };

export interface IssuerRow {
  /** An org id, or 'forwarded' / 'unknown'. */
  id: string;
  name: string;
  level: 'county' | 'township' | 'forwarded' | 'unknown';
  /** Distinct tasks from this issuer that reached the scope. */
  tasks: number;
  /** Directive messages from it that reached people of the scope (person × message). */
  messages: number;
  /** Of its tasks, those with at least one policy marker. */
  flaggedTasks: number;
}

export interface FlaggedTask {
  id: string;
  title: string;
  issuer: string;
  flags: string[];
}

export interface BurdenView {
  week: { label: string; from: string; to: string };
  scope: { type: BurdenScope['type']; id: string; name: string; people: number };
  /** Directive messages addressed to people of the scope (person × message). */
  messages: number;
  /** Directive messages posted in their groups by others, addressed to them or not (person × message). */
  messagesInGroups: number;
  /** Distinct (person, task) pairs: what their inboxes held after merging. */
  personTasks: number;
  /** Messages folded into a task the person already had: relays, reminders, changes. */
  merged: number;
  /** Distinct tasks that reached the scope. */
  tasks: number;
  byKind: { kind: Kind; tasks: number }[];
  byIssuer: IssuerRow[];
  byRule: { flag: string; title: string; tasks: number }[];
  afterHours: { messages: number; share: number };
  repeatData: { tasks: number; items: FlaggedTask[] };
  flagged: FlaggedTask[];
}
