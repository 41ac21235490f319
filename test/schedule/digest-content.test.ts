// What a cadre reads in the morning digest, with a fixed clock (Tuesday 2026-12-08 07:30).
import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/core/digest/index.js';
import { at, done, source, task } from './views.js';

const now = at('2026-12-08T07:30:00+08:00');
const since = at('2026-12-07T07:30:00+08:00');

function digestOf(tasks: ReturnType<typeof task>[], extra: { groupMessages?: number; folded?: number } = {}) {
  return composeDigest({
    personId: 'c1',
    personName: '宋春',
    groups: new Set(['g1', 'g2']),
    tasks,
    seenAt: (t) => Date.parse(t.firstSeenAt),
    since,
    now,
    groupMessages: extra.groupMessages ?? 0,
    folded: extra.folded ?? 0,
  });
}

describe('morning digest', () => {
  const overdue = task({
    title: '报送冬季防火排查台账',
    deadline: '2026-12-07T17:00:00+08:00',
    firstSeenAt: '2026-12-04T10:00:00+08:00',
  });
  const dueToday = task({
    title: '报送寒潮期间值班表',
    deadline: '2026-12-08T17:00:00+08:00',
    firstSeenAt: '2026-12-05T10:00:00+08:00',
    sources: [
      source('g1', '2026-12-05T10:00:00+08:00'),
      source('g2', '2026-12-07T09:10:00+08:00', 'L2'),
      source('g2', '2026-12-07T16:00:00+08:00', 'L2'),
    ],
  });
  const fresh = task({
    title: '入户走访独居老人',
    firstSeenAt: '2026-12-07T15:20:00+08:00',
  });
  const later = task({
    title: '报送低保复核汇总表',
    deadline: '2026-12-11T17:30:00+08:00',
    firstSeenAt: '2026-12-03T10:00:00+08:00',
  });
  const finished = task({
    title: '转发防火海报',
    deadline: '2026-12-08T12:00:00+08:00',
    completions: [done('c1', '2026-12-07T20:00:00+08:00')],
  });
  const notMine = task({ title: '报送党费收缴表', deadline: '2026-12-08T17:30:00+08:00', assignees: ['c2'] });

  it('lists overdue, due today, new and later-this-week tasks, and what it spared the cadre', () => {
    const d = digestOf([overdue, dueToday, fresh, later, finished, notMine], { groupMessages: 86 });
    expect(d?.text).toBe(
      [
        '宋春，今天的清单',
        '【已逾期】',
        '· 报送冬季防火排查台账（昨天17:00）',
        '【今天截止】',
        '· 报送寒潮期间值班表（今天17:00）',
        '【新任务】',
        '· （新）入户走访独居老人（无截止时间）',
        '【本周还有】',
        '· 报送低保复核汇总表（12月11日（周五）17:30）',
        '昨天以来群里共86条消息，合并重复通知2条，已整理成这一条。发“清单”查看全部待办。',
      ].join('\n'),
    );
    expect(d?.markdown).toContain('<font color="warning">报送冬季防火排查台账（昨天17:00）</font>');
  });

  it('says nothing when nothing is due, new or overdue', () => {
    expect(digestOf([later, finished, notMine], { groupMessages: 40 })).toBeNull();
  });

  it('mentions reminders that were folded into it', () => {
    const d = digestOf([later], { folded: 3 });
    expect(d?.text).toContain('另有3条提醒因免打扰时段或每日提醒上限未单独发送，已并入本条。');
  });

  it('stays within about 600 characters for WeChat however many tasks there are', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      task({
        title: `报送第${i + 1}号专项工作统计表及相关佐证材料`,
        deadline: '2026-12-08T17:30:00+08:00',
        firstSeenAt: '2026-12-07T10:00:00+08:00',
      }),
    );
    const d = digestOf(many, { groupMessages: 300 });
    expect(d?.text.length).toBeLessThanOrEqual(600);
    expect(d?.text).toMatch(/……另有\d+项/);
  });

  it('shows a recurring task by its occurrence today, and not once it is done for today', () => {
    const daily = task({
      title: '每日森林防火巡查打卡',
      kind: 'checkin',
      deadline: '2026-12-01T09:00:00+08:00',
      recurrence: 'FREQ=DAILY',
      firstSeenAt: '2026-12-01T08:00:00+08:00',
    });
    expect(digestOf([daily])?.text).toContain('· 每日森林防火巡查打卡（今天09:00）');
    const checked = {
      ...daily,
      completions: [done('c1', '2026-12-08T07:10:00+08:00', 'done', '2026-12-08')],
    };
    expect(digestOf([checked])).toBeNull();
  });
});
