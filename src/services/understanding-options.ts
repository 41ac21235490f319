import type { NotAdmittedItem } from '../core/policy/index.js';
import type { OfficeHours } from '../core/types.js';

export interface UnderstandingOptions {
  officeHours: OfficeHours;
  /** Relay candidates are tasks first seen within this many days. */
  relayWindowDays: number;
  /** Policy markers a county switched off. */
  disabledPolicies?: string[];
  /** The county's 不准入事项: a task naming one gets policy:not-admitted. */
  notAdmitted?: NotAdmittedItem[];
  /** The county's leader nudge (off unless the county switched it on). */
  nudge?: { enabled: boolean };
}

export function understandingOptions(config: {
  understanding: { officeHours: OfficeHours; relayWindowDays: number };
}): UnderstandingOptions {
  return {
    officeHours: config.understanding.officeHours,
    relayWindowDays: config.understanding.relayWindowDays,
  };
}
