import { afterHoursFlag } from './after-hours.js';
import { appFlag } from './app-rule.js';
import { checkinFlag } from './checkin-rule.js';
import { notAdmittedMatches } from './not-admitted.js';
import { engagementCountFlag, screenshotFlag } from './online-rules.js';
import { repeatDataFlag } from './repeat-data.js';
import { POLICY_RULES, type PolicyFlag, ruleById } from './rules.js';
import { traceFlag } from './trace-rule.js';
import type { PolicyOptions, PolicyTaskView } from './types.js';

type Detector = (task: PolicyTaskView, earlier: readonly PolicyTaskView[], opts: PolicyOptions) => boolean;

const DETECTORS: Record<PolicyFlag, Detector> = {
  'policy:screenshot': (t) => screenshotFlag(t),
  'policy:engagement-count': (t) => engagementCountFlag(t),
  'policy:checkin': (t) => checkinFlag(t),
  'policy:app': (t) => appFlag(t),
  'policy:trace': (t) => traceFlag(t),
  'policy:repeat-data': (t, earlier) => repeatDataFlag(t, earlier),
  'policy:after-hours': (t) => afterHoursFlag(t),
  'policy:not-admitted': (t, _e, o) => notAdmittedMatches(t, o.notAdmitted ?? []).length > 0,
};

function isDisabled(id: string, disabled: readonly string[]): boolean {
  const short = id.replace(/^policy:/, '');
  return disabled.some((d) => d === id || d === short);
}

/** The policy markers of a task, in the order of POLICY_RULES, minus the rules the county switched off. */
export function policyFlags(
  task: PolicyTaskView,
  earlierReports: PolicyTaskView[],
  opts: PolicyOptions = {},
): string[] {
  const disabled = opts.disabled ?? [];
  return POLICY_RULES.filter(
    (r) => !isDisabled(r.id, disabled) && DETECTORS[r.id](task, earlierReports, opts),
  ).map((r) => r.id);
}

/** Title, one-line explanation and source documents of a marker, for a cadre to read. */
export function explainFlag(
  flag: string,
): { title: string; explanation: string; source: string } | undefined {
  const rule = ruleById(flag);
  if (!rule) return undefined;
  return { title: rule.title, explanation: rule.explanation, source: rule.sources.join('；') };
}
