import { describe, expect, it } from 'vitest';
import { openTasksOf } from '../../../src/core/understand/inbox.js';
import { currentDeadline, occurrenceOf } from '../../../src/core/understand/occurrence.js';
import type { TaskView } from '../../../src/core/understand/views.js';

let seq = 0;
function task(fields: Partial<TaskView>): TaskView {
  seq++;
  return {
    id: `t${seq}`,
    seq,
    title: `任务${seq}`,
    kind: 'report',
    deadline: null,
    recurrence: null,
    requires: [],
    flags: [],
    status: 'open',
    issuerId: 'boss',
    firstSeenAt: '2026-12-07T08:00:00+08:00',
    sources: [],
    assignees: ['me'],
    completions: [],
    ...fields,
  };
}

describe('the inbox numbering (conventions, section 7)', () => {
  const now = '2026-12-08T10:00:00+08:00';

  it('orders by current deadline, overdue first, no deadline last, ties by first seen', () => {
    const late = task({ deadline: '2026-12-07T17:30:00+08:00' });
    const noDeadline = task({});
    const laterSeen = task({
      deadline: '2026-12-10T17:30:00+08:00',
      firstSeenAt: '2026-12-08T09:00:00+08:00',
    });
    const earlierSeen = task({
      deadline: '2026-12-10T17:30:00+08:00',
      firstSeenAt: '2026-12-07T09:00:00+08:00',
    });
    const order = openTasksOf([noDeadline, laterSeen, late, earlierSeen], 'me', now).map((t) => t.id);
    expect(order).toEqual([late.id, earlierSeen.id, laterSeen.id, noDeadline.id]);
  });

  it('places a recurring task at its next occurrence, even when today’s was missed', () => {
    const daily = task({ deadline: '2026-12-07T09:00:00+08:00', recurrence: 'FREQ=DAILY' });
    const tomorrowNoon = task({ deadline: '2026-12-09T12:00:00+08:00' });
    expect(currentDeadline(daily, now)).toBe('2026-12-09T09:00:00+08:00');
    expect(openTasksOf([tomorrowNoon, daily], 'me', now).map((t) => t.id)).toEqual([
      daily.id,
      tomorrowNoon.id,
    ]);
  });

  it('leaves out done tasks, acknowledged ack tasks and cancelled ones, but keeps an acknowledged work task', () => {
    const done = task({ completions: [{ personId: 'me', status: 'done', occurrence: '', at: now }] });
    const ackOnly = task({
      kind: 'ack',
      completions: [{ personId: 'me', status: 'ack', occurrence: '', at: now }],
    });
    const work = task({
      kind: 'task',
      completions: [{ personId: 'me', status: 'ack', occurrence: '', at: now }],
    });
    const cancelled = task({ status: 'cancelled' });
    const others = task({ assignees: ['someone-else'] });
    expect(openTasksOf([done, ackOnly, work, cancelled, others], 'me', now).map((t) => t.id)).toEqual([
      work.id,
    ]);
  });

  it('stops a recurrence at its UNTIL date and keeps weekly rules on their weekday', () => {
    const until = { deadline: '2026-12-07T20:00:00+08:00', recurrence: 'FREQ=DAILY;UNTIL=20261208' };
    expect(currentDeadline(until, '2026-12-07T21:00:00+08:00')).toBe('2026-12-08T20:00:00+08:00');
    expect(currentDeadline(until, '2026-12-09T08:00:00+08:00')).toBe('2026-12-08T20:00:00+08:00');
    const mondays = { deadline: '2026-12-07T10:00:00+08:00', recurrence: 'FREQ=WEEKLY;BYDAY=MO' };
    expect(currentDeadline(mondays, now)).toBe('2026-12-14T10:00:00+08:00');
    const monthly = { deadline: '2026-12-05T23:59:00+08:00', recurrence: 'FREQ=MONTHLY;BYMONTHDAY=5' };
    expect(currentDeadline(monthly, now)).toBe('2027-01-05T23:59:00+08:00');
  });

  it('counts a completion of a recurring task against the local day it was made', () => {
    expect(occurrenceOf({ recurrence: 'FREQ=DAILY' }, '2026-12-07T23:30:00+08:00')).toBe('2026-12-07');
    expect(occurrenceOf({ recurrence: null }, '2026-12-07T23:30:00+08:00')).toBe('');
  });
});
