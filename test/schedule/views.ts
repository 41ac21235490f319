// TaskView factory for the pure scheduler tests.
import type { PlanPerson } from '../../src/core/digest/index.js';
import type { CompletionView, TaskView } from '../../src/core/understand/views.js';

let n = 0;

export function task(fields: Partial<TaskView> & { title: string }): TaskView {
  n++;
  return {
    id: `t${n}`,
    seq: n,
    kind: 'report',
    deadline: null,
    recurrence: null,
    requires: [],
    flags: [],
    status: 'open',
    issuerId: 'L1',
    firstSeenAt: '2026-12-07T09:00:00+08:00',
    sources: [],
    assignees: ['c1'],
    completions: [],
    ...fields,
  };
}

export function done(
  personId: string,
  at: string,
  status: CompletionView['status'] = 'done',
  occurrence = '',
) {
  return { personId, status, occurrence, at };
}

export function source(groupId: string, at: string, senderId = 'L1') {
  return {
    messageId: `m-${at}-${groupId}`,
    groupId,
    senderId,
    at,
    role: 'relay' as const,
    text: '',
    norm: '',
    addressees: [],
  };
}

export function person(fields: Partial<PlanPerson> & { id: string; name: string }): PlanPerson {
  return {
    role: 'cadre',
    digest: true,
    digestAt: '07:30',
    channel: 'wechat',
    groups: new Set(['g1']),
    ...fields,
  };
}

export const at = (iso: string) => Date.parse(iso);
