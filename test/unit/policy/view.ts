import type { PolicyTaskView } from '../../../src/core/policy/index.js';

/** A task view with neutral defaults: a workday morning, no proof, one assignee. */
export function view(over: Partial<PolicyTaskView> & Pick<PolicyTaskView, 'kind'>): PolicyTaskView {
  return {
    requires: [],
    recurrence: null,
    urgent: false,
    texts: [],
    firstPostedAt: '2027-03-09T10:00:00+08:00',
    firstPostedOnRestDay: false,
    assignees: ['a1'],
    ...over,
  };
}
