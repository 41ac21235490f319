export { type BurdenViewer, mayViewBurden } from './access.js';
export { burdenView } from './aggregate.js';
export { KIND_LABELS, percent, SCOPE_LABELS } from './labels.js';
export { nudgeText } from './nudge-text.js';
export { type BurdenReport, reportCsv, reportMarkdown } from './report.js';
export { issuingOrg, parseScope, resolveScope, scopeKey } from './scope.js';
export type {
  BurdenData,
  BurdenScope,
  BurdenSource,
  BurdenTask,
  BurdenView,
  FlaggedTask,
  IssuerRow,
} from './types.js';
export { type IsoWeek, isoWeekOf, parseIsoWeek, shiftWeek } from './week.js';
