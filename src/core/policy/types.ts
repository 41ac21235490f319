import type { Kind, Requirement } from '../types.js';

/** What the policy rules need to know about a task (built by the caller from the task and its sources). */
export interface PolicyTaskView {
  kind: Kind;
  requires: Requirement[];
  recurrence: string | null;
  urgent: boolean;
  /** The text of every source message of the task (original, relays, reminders), in order. */
  texts: string[];
  /** ISO 8601 with +08:00. */
  firstPostedAt: string;
  /** From the statutory calendar: weekend or holiday, make-up workdays being workdays. */
  firstPostedOnRestDay: boolean;
  assignees: string[];
  /** For repeat-data: the form/figures asked; computed from texts when absent. */
  reportSubject?: string;
}

export interface NotAdmittedItem {
  name: string;
  keywords: string[];
}

export interface PolicyOptions {
  /** Flags switched off by the county ('policy:app' or 'app'). */
  disabled?: string[];
  /** The county's list of matters not admitted to villages; a match adds policy:not-admitted. */
  notAdmitted?: NotAdmittedItem[];
}
