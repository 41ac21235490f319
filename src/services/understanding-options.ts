import type { OfficeHours } from '../core/types.js';

export interface UnderstandingOptions {
  officeHours: OfficeHours;
  /** Relay candidates are tasks first seen within this many days. */
  relayWindowDays: number;
  /** Policy markers a county switched off. */
  disabledPolicies?: string[];
}

export function understandingOptions(config: {
  understanding: { officeHours: OfficeHours; relayWindowDays: number };
}): UnderstandingOptions {
  return {
    officeHours: config.understanding.officeHours,
    relayWindowDays: config.understanding.relayWindowDays,
  };
}
