// The leader's evening summary names who has done a task, who has only acknowledged it and who has not.
import { describe, expect, it } from 'vitest';
import { composeLeaderSummary } from '../../src/core/digest/index.js';
import { at, done, task } from './views.js';

const names = new Map([
  ['L1', '林海'],
  ['c1', '宋春'],
  ['c2', '唐秋'],
  ['c3', '马冬'],
  ['c4', '韦夏'],
]);
const now = at('2026-12-08T17:45:00+08:00');

describe('leader summary', () => {
  const overdue = task({
    title: '报送寒潮期间值班表',
    deadline: '2026-12-08T17:00:00+08:00',
    assignees: ['c4', 'c1', 'c2', 'c3'],
    completions: [done('c1', '2026-12-08T10:00:00+08:00'), done('c2', '2026-12-08T09:00:00+08:00', 'ack')],
  });
  const upcoming = task({
    title: '报送低保复核汇总表',
    deadline: '2026-12-10T17:30:00+08:00',
    assignees: ['c1', 'c2'],
    completions: [done('c2', '2026-12-08T11:00:00+08:00')],
  });
  const closed = task({
    title: '转发防火海报',
    kind: 'repost',
    deadline: '2026-12-09T17:30:00+08:00',
    assignees: ['c1', 'c2'],
    completions: [done('c1', '2026-12-08T09:00:00+08:00'), done('c2', '2026-12-08T15:00:00+08:00')],
  });
  const someoneElses = task({
    title: '报送党费收缴表',
    issuerId: 'L2',
    deadline: '2026-12-08T17:30:00+08:00',
  });

  it('names who has not done each task, in roster order, with what is overdue first', () => {
    const s = composeLeaderSummary({
      leaderId: 'L1',
      leaderName: '林海',
      tasks: [upcoming, closed, overdue, someoneElses],
      names,
      now,
    });
    expect(s?.text).toBe(
      [
        '林海，您交办任务今天的进度',
        '【已逾期】',
        '· 报送寒潮期间值班表，今天17:00截止：完成1/4；已收到未办结：唐秋；未办：马冬、韦夏',
        '【进行中】',
        '· 报送低保复核汇总表，12月10日（周四）17:30截止：完成1/2；未办：宋春',
        '【今天已全部完成】',
        '· 转发防火海报（2人）',
      ].join('\n'),
    );
    expect(s?.markdown).toContain('<font color="warning">');
  });

  it('says nothing to a leader with nothing open or closed today', () => {
    const old = {
      ...closed,
      completions: [done('c1', '2026-12-05T09:00:00+08:00'), done('c2', '2026-12-05T09:00:00+08:00')],
    };
    expect(
      composeLeaderSummary({ leaderId: 'L1', leaderName: '林海', tasks: [old, someoneElses], names, now }),
    ).toBeNull();
  });
});

describe('leader summary of a meeting', () => {
  const meeting = task({
    title: '寒潮防御工作部署会',
    kind: 'meeting',
    deadline: '2026-12-09T09:00:00+08:00',
    assignees: ['c1', 'c2', 'c3'],
    completions: [done('c2', '2026-12-08T09:00:00+08:00', 'ack')],
  });

  it('counts who confirmed before it and drops it once it has begun', () => {
    const before = composeLeaderSummary({ leaderId: 'L1', leaderName: '林海', tasks: [meeting], names, now });
    expect(before?.text).toContain('· 寒潮防御工作部署会，明天09:00开始：已确认1/3；未确认：宋春、马冬');
    const after = at('2026-12-09T17:45:00+08:00');
    expect(
      composeLeaderSummary({ leaderId: 'L1', leaderName: '林海', tasks: [meeting], names, now: after }),
    ).toBeNull();
  });
});
