// readTime: a message's deadline, recurrence and urgency, relative to its own time `now`.
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../types.js';
import { isoAt, localParts, toMs } from './clock.js';
import { hasUrgencyWord, isStandingRule } from './flags.js';
import { buildGroups, type Group } from './groups.js';
import { normalizeText } from './normalize.js';
import { detectRule, firstOccurrence, formatRule } from './recurrence.js';
import { groupDate, minuteOfDay, type Now, type Resolved, resolveGroup } from './resolve.js';
import { tokenize } from './tokens.js';

export interface TimeReading {
  deadline: string | null;
  recurrence: string | null;
  urgent: boolean;
  calendarUnknown: boolean;
  standing: boolean;
}

export interface ReadOptions {
  officeHours?: OfficeHours;
  /** 'meeting' → the deadline is the meeting's start. */
  kind?: string;
}

const EMPTY: TimeReading = {
  deadline: null,
  recurrence: null,
  urgent: false,
  calendarUnknown: false,
  standing: false,
};

export function readTime(text: string, now: string | Date, opts: ReadOptions = {}): TimeReading {
  const nowMs = toMs(now);
  if (typeof text !== 'string' || !Number.isFinite(nowMs)) return { ...EMPTY };
  const ctx: Now = {
    ms: Math.floor(nowMs / 60_000) * 60_000,
    local: localParts(new Date(nowMs)),
    office: opts.officeHours ?? DEFAULT_OFFICE_HOURS,
  };
  const norm = normalizeText(text);
  const groups = buildGroups(norm, tokenize(norm));
  const rule = detectRule(norm, ctx.local.date);

  if (!rule && isStandingRule(norm)) return { ...EMPTY, standing: true };
  let chosen: Resolved | null = null;
  if (rule) {
    chosen = recurringDeadline(groups, rule, ctx);
  } else {
    chosen = (opts.kind === 'meeting' ? pickMeeting(groups, ctx) : null) ?? pickDeadline(groups, ctx);
  }
  const deadline = chosen ? isoAt(chosen.ms) : null;
  return {
    deadline,
    recurrence: rule ? formatRule(rule) : null,
    urgent: !deadline && hasUrgencyWord(norm),
    calendarUnknown: chosen ? !chosen.known : false,
    standing: false,
  };
}

/** Whether the text holds any date, time, deadline or repetition expression. */
export function hasTimeExpression(text: string): boolean {
  if (typeof text !== 'string') return false;
  const norm = normalizeText(text);
  return buildGroups(norm, tokenize(norm)).length > 0 || detectRule(norm, '2000-01-01') !== null;
}

/** The earliest marked deadline; failing that, the earliest plain mention. Context dates never count. */
function pickDeadline(groups: Group[], ctx: Now): Resolved | null {
  for (const level of [2, 1] as const) {
    const found = earliest(
      groups.filter((g) => g.level === level),
      ctx,
    );
    if (found) return found;
  }
  return null;
}

/** A meeting's start: the first expression tied to 召开/举行/定于…, preferring one with a time of day. */
function pickMeeting(groups: Group[], ctx: Now): Resolved | null {
  const meetings = groups.filter((g) => g.meeting && g.level > 0);
  const timed = meetings.find((g) => g.tokens.some((t) => t.kind === 'clock' || t.kind === 'part'));
  const g = timed ?? meetings[0];
  return g ? resolveGroup(g, ctx) : null;
}

function earliest(groups: Group[], ctx: Now): Resolved | null {
  let best: Resolved | null = null;
  for (const g of groups) {
    const r = resolveGroup(g, ctx);
    if (r && (!best || r.ms < best.ms)) best = r;
  }
  return best;
}

/** First occurrence after now at the demand's time of day (23:59 when it names none). */
function recurringDeadline(groups: Group[], rule: NonNullable<ReturnType<typeof detectRule>>, ctx: Now) {
  // The time of day comes from an expression with a clock or part of day and no specific date of its own.
  const ofDay = groups
    .filter((g) => g.level > 0 && !g.tokens.some((t) => t.kind === 'rel' || t.kind === 'within'))
    .filter((g) => !g.tokens.some((t) => t.kind === 'date' && t.month !== undefined))
    .sort((a, b) => b.level - a.level)
    .map((g) => minuteOfDay(g, ctx.office))
    .find((m) => m !== null);
  const minutes = ofDay ?? 23 * 60 + 59;
  // "从明天起…" / "12月1日起…" moves the first possible day.
  const startGroup = groups.find((g) => g.starts);
  const start = startGroup ? groupDate(startGroup, ctx).date : null;
  const first = start && start > ctx.local.date ? start : ctx.local.date;
  const ms = firstOccurrence(rule, first, minutes, ctx.ms);
  return ms === null ? null : { ms, known: true };
}
