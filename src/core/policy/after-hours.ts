import { QUIET_HOURS } from './rules.js';
import type { PolicyTaskView } from './types.js';

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The hour of day in Asia/Shanghai (no daylight saving), whatever offset the ISO string carries. */
export function shanghaiHour(iso: string): number | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + SHANGHAI_OFFSET_MS).getUTCHours();
}

/** First posted on a rest day or in the quiet hours (21:00–07:00), and not urgent. */
export function afterHoursFlag(task: PolicyTaskView): boolean {
  if (task.urgent) return false;
  if (task.firstPostedOnRestDay) return true;
  const hour = shanghaiHour(task.firstPostedAt);
  if (hour === null) return false;
  return hour >= QUIET_HOURS.from || hour < QUIET_HOURS.to;
}
