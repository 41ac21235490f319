export { shanghaiHour } from './after-hours.js';
export { notAdmittedMatches } from './not-admitted.js';
export { explainFlag, policyFlags } from './policy-flags.js';
export { parseReportSubject, type ReportSubject, reportSubject } from './report-subject.js';
export {
  POLICY_FLAG_IDS,
  POLICY_RULES,
  POLICY_RULES_VERSION,
  type PolicyFlag,
  type PolicyRule,
} from './rules.js';
export type { NotAdmittedItem, PolicyOptions, PolicyTaskView } from './types.js';
