import { describe, expect, it } from 'vitest';
import { deadlineWords, recurrenceWords } from '../../src/core/conversation/deadline-words.js';
import { INBOX_CAP, renderInbox, renderToday } from '../../src/core/conversation/render-inbox.js';
import type { TaskView } from '../../src/core/understand/views.js';

const now = '2026-12-09T10:00:00+08:00'; // a Wednesday

describe('deadlines in plain words', () => {
  it.each([
    ['2026-12-09T17:30:00+08:00', '今天17:30'],
    ['2026-12-09T23:59:00+08:00', '今天内'],
    ['2026-12-09T09:00:00+08:00', '今天9:00已过'],
    ['2026-12-08T17:30:00+08:00', '已逾期1天'],
    ['2026-12-05T12:00:00+08:00', '已逾期4天'],
    ['2026-12-10T17:30:00+08:00', '明天'],
    ['2026-12-10T09:00:00+08:00', '明天9:00'],
    ['2026-12-11T17:30:00+08:00', '后天'],
    ['2026-12-13T17:30:00+08:00', '周日'],
    ['2026-12-14T17:30:00+08:00', '下周一'],
    ['2026-12-18T16:00:00+08:00', '下周五16:00'],
    ['2027-01-10T17:30:00+08:00', '1月10日'],
  ])('%s → %s', (deadline, words) => {
    expect(deadlineWords(deadline, now)).toBe(words);
  });

  it('says when there is none, and when it is urgent', () => {
    expect(deadlineWords(null, now)).toBe('不限时');
    expect(deadlineWords(null, now, { urgent: true })).toBe('尽快');
  });

  it('follows a county’s end of the workday', () => {
    expect(deadlineWords('2026-12-10T18:00:00+08:00', now, { officeEnd: '18:00' })).toBe('明天');
  });

  it('reads the recurrences the conventions write', () => {
    expect(recurrenceWords('FREQ=DAILY')).toBe('每天');
    expect(recurrenceWords('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toBe('工作日每天');
    expect(recurrenceWords('FREQ=WEEKLY;BYDAY=MO')).toBe('每周一');
    expect(recurrenceWords('FREQ=MONTHLY;BYMONTHDAY=5')).toBe('每月5日');
    expect(recurrenceWords('FREQ=DAILY;UNTIL=20261231')).toBe('每天，至12月31日');
  });
});

function task(i: number, deadline: string | null, extra: Partial<TaskView> = {}): TaskView {
  return {
    id: `t${i}`,
    seq: i,
    title: `第${i}件事情的标题写得比较长一些超过屏幕`,
    kind: 'report',
    deadline,
    recurrence: null,
    requires: [],
    flags: [],
    status: 'open',
    issuerId: 'u2',
    firstSeenAt: '2026-12-08T09:00:00+08:00',
    sources: [],
    assignees: ['u4'],
    completions: [],
    ...extra,
  };
}

describe('the inbox on a phone', () => {
  it('caps the list, points to the page for the rest, and keeps lines short', () => {
    const open = Array.from({ length: 11 }, (_, i) => task(i + 1, `2026-12-1${i % 9}T17:30:00+08:00`));
    const lines = renderInbox(open, now).split('\n');
    expect(lines[0]).toBe('你有11项待办：');
    expect(lines.filter((l) => /^\d+\. /.test(l))).toHaveLength(INBOX_CAP);
    expect(lines).toContain('还有3项，打开清单查看');
    expect(lines.length).toBeLessThanOrEqual(12);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(32);
  });

  it('says so when there is nothing to do', () => {
    expect(renderInbox([], now)).toBe('清单是空的，目前没有待办。');
  });

  it('shows today’s tasks with their inbox numbers and counts the overdue', () => {
    const open = [
      task(1, '2026-12-08T17:30:00+08:00'),
      task(2, '2026-12-09T12:00:00+08:00'),
      task(3, '2026-12-10T17:30:00+08:00'),
      task(4, '2026-12-09T16:00:00+08:00', { recurrence: 'FREQ=DAILY', title: '防火巡查打卡' }),
    ];
    expect(renderToday(open, now).split('\n')).toEqual([
      '今天要办2项：',
      expect.stringMatching(/^2\. .*（今天12:00）$/),
      '4. 防火巡查打卡（今天16:00，每天）',
      '另有1项已逾期，回复“任务”查看。',
    ]);
  });
});
