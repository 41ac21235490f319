// What the scheduler needs to know about time and limits, handed in by the service from config.
import type { OfficeHours } from '../types.js';

export interface ScheduleSettings {
  /** Default local time of the morning digest, HH:MM (a person may have their own). */
  digestAt: string;
  leaderSummaryAt: string;
  remindBeforeMinutes: number;
  quietStart: string;
  quietEnd: string;
  /** Reminder pushes per person per local day; the digest and the leader summary do not count. */
  dailyPushCap: number;
  officeHours: OfficeHours;
}

export const DEFAULT_SCHEDULE: ScheduleSettings = {
  digestAt: '07:30',
  leaderSummaryAt: '17:45',
  remindBeforeMinutes: 120,
  quietStart: '22:00',
  quietEnd: '07:00',
  dailyPushCap: 5,
  officeHours: { start: '08:30', end: '17:30', noon: '12:00' },
};
