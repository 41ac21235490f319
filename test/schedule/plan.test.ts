// The scheduler's decisions at fixed instants: reminders, quiet hours, the daily cap, folding into the digest.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE,
  type LedgerRow,
  type PlannedRow,
  type PlanPerson,
  planSchedule,
  rowKey,
} from '../../src/core/digest/index.js';
import type { TaskView } from '../../src/core/understand/views.js';
import { at, done, person, task } from './views.js';

const cadre = person({ id: 'c1', name: '宋春' });
/** Without a digest, so that a day's first run (which writes the digest) does not absorb the reminders. */
const noDigest = person({ id: 'c1', name: '宋春', digest: false });

function plan(now: string, tasks: TaskView[], opts: { ledger?: LedgerRow[]; people?: PlanPerson[] } = {}) {
  return planSchedule({
    now: at(now),
    settings: DEFAULT_SCHEDULE,
    people: opts.people ?? [noDigest],
    tasks,
    seenAt: (t) => Date.parse(t.firstSeenAt),
    ledger: opts.ledger ?? [],
    groupMessages: new Map(),
  });
}

/** The ledger after these rows were written (as the outbox would hold them). */
const ledgerOf = (rows: PlannedRow[]): LedgerRow[] =>
  rows.map((r) => ({
    key: rowKey(r.recipientId, r.purpose, r.period),
    recipientId: r.recipientId,
    purpose: r.purpose,
    state: r.state,
    dueAt: r.dueAt,
    result: r.result ?? null,
  }));

const sent = (rows: PlannedRow[]) => rows.filter((r) => r.state === 'queued');

describe('reminders', () => {
  const form = task({ title: '报送寒潮期间值班表', deadline: '2026-12-08T17:00:00+08:00' });

  it('reminds two hours before a deadline, once, with the time left', () => {
    expect(sent(plan('2026-12-08T14:55:00+08:00', [form]).rows)).toEqual([]);
    const { rows } = plan('2026-12-08T15:00:00+08:00', [form]);
    expect(sent(rows)).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipientId: 'c1', purpose: 'reminder', state: 'queued' });
    expect(rows[0]?.body.text).toBe(
      '提醒：「报送寒潮期间值班表」今天17:00截止，还有约2小时。办完后发“清单”可查看和标记完成。',
    );
    // A later run (or a second scheduler) finds the key written and adds nothing.
    expect(plan('2026-12-08T15:15:00+08:00', [form], { ledger: ledgerOf(rows) }).rows).toEqual([]);
  });

  it('catches up a reminder a run missed, with its own due time', () => {
    const { rows } = plan('2026-12-08T15:40:00+08:00', [form]);
    expect(rows[0]?.dueAt).toBe(at('2026-12-08T15:00:00+08:00'));
  });

  it('tells the cadre once the deadline has passed, and nobody who has done it', () => {
    const { rows } = plan('2026-12-08T17:05:00+08:00', [form]);
    expect(rows.map((r) => [r.purpose, r.state])).toEqual([['overdue', 'queued']]);
    expect(rows[0]?.body.text).toContain('已过截止时间（今天17:00）');
    const finished = { ...form, completions: [done('c1', '2026-12-08T16:00:00+08:00')] };
    expect(plan('2026-12-08T17:05:00+08:00', [finished]).rows).toEqual([]);
    // Only acknowledging is not doing: the reminder still comes.
    const acked = { ...form, completions: [done('c1', '2026-12-08T10:00:00+08:00', 'ack')] };
    expect(sent(plan('2026-12-08T15:00:00+08:00', [acked]).rows)).toHaveLength(1);
  });

  it('reminds an early-morning deadline at the end of the previous working day', () => {
    // Monday 08:00: reminded on Friday at 17:30, not at 06:00 on Monday.
    const early = task({
      title: '上报周末值班情况',
      deadline: '2026-12-14T08:00:00+08:00',
      firstSeenAt: '2026-12-10T09:00:00+08:00',
    });
    expect(sent(plan('2026-12-11T17:25:00+08:00', [early]).rows)).toEqual([]);
    const { rows } = plan('2026-12-11T17:30:00+08:00', [early]);
    expect(rows[0]?.body.text).toContain('12月14日（周一）08:00截止');
  });

  it('reminds a recurring task for each occurrence', () => {
    const daily = task({
      title: '森林防火巡查打卡',
      kind: 'checkin',
      deadline: '2026-12-07T20:00:00+08:00',
      recurrence: 'FREQ=DAILY',
      firstSeenAt: '2026-12-07T08:00:00+08:00',
    });
    const monday = plan('2026-12-07T18:00:00+08:00', [daily]).rows;
    const tuesday = plan('2026-12-08T18:00:00+08:00', [daily], { ledger: ledgerOf(monday) }).rows;
    expect(monday.map((r) => r.period)).toEqual([`${daily.id}@2026-12-07T20:00`]);
    expect(tuesday.map((r) => r.period)).toEqual([`${daily.id}@2026-12-08T20:00`]);
    // Done for Tuesday: no reminder on Tuesday.
    const checked = {
      ...daily,
      completions: [done('c1', '2026-12-08T17:00:00+08:00', 'done', '2026-12-08')],
    };
    expect(plan('2026-12-08T18:00:00+08:00', [checked], { ledger: ledgerOf(monday) }).rows).toEqual([]);
  });

  it('puts reminders that fall due together into one push', () => {
    const a = task({ title: '报送值班表', deadline: '2026-12-08T17:30:00+08:00' });
    const b = task({ title: '报送排查台账', deadline: '2026-12-08T17:30:00+08:00' });
    const { rows } = plan('2026-12-08T15:30:00+08:00', [a, b]);
    expect(sent(rows)).toHaveLength(1);
    expect(rows.find((r) => r.state === 'folded')?.result).toBe(
      rowKey('c1', 'reminder', `${a.id}@2026-12-08T17:30`),
    );
    expect(sent(rows)[0]?.body.text).toBe(
      [
        '你有2项待办需要留意',
        '【快到截止时间】',
        '· 报送值班表（今天17:30）',
        '· 报送排查台账（今天17:30）',
        '办完后发“清单”可查看和标记完成。',
      ].join('\n'),
    );
  });
});

describe('quiet hours', () => {
  const late = task({ title: '报送转移安置人员数量', deadline: '2026-12-08T23:59:00+08:00' });
  const urgent = task({
    title: '组织人员对主干道撒盐除冰',
    flags: ['urgent'],
    firstSeenAt: '2026-12-08T23:10:00+08:00',
  });

  it('hold everything at night except urgent tasks', () => {
    const { rows } = plan('2026-12-08T23:15:00+08:00', [late, urgent], { people: [cadre] });
    expect(rows.map((r) => [r.purpose, r.state])).toEqual([['urgent', 'queued']]);
    expect(rows[0]?.body).toMatchObject({ urgent: true });
    expect(rows[0]?.body.text).toContain('【急】「组织人员对主干道撒盐除冰」要求尽快办理');
  });

  it('let what was held fold into the morning digest', () => {
    // 07:00 ends the quiet hours, but the digest comes at 07:30: the overdue notice waits for it.
    expect(plan('2026-12-09T07:00:00+08:00', [late], { people: [cadre] }).rows).toEqual([]);
    const { rows } = plan('2026-12-09T07:30:00+08:00', [late], { people: [cadre] });
    expect(rows.map((r) => [r.purpose, r.state])).toEqual([
      ['digest', 'queued'],
      ['overdue', 'folded'],
    ]);
    expect(rows[0]?.body.text).toContain('· 报送转移安置人员数量（昨天内）');
    expect(rows[0]?.body.text).toContain('另有1条提醒');
  });

  it('release what was held when the quiet hours end for someone without a digest', () => {
    const { rows } = plan('2026-12-09T07:00:00+08:00', [late]);
    expect(rows.map((r) => [r.purpose, r.state])).toEqual([['overdue', 'queued']]);
  });
});

describe('daily cap', () => {
  it('sends at most five pushes a day and folds the rest into the next digest', () => {
    const tasks = Array.from({ length: 7 }, (_, i) =>
      task({
        title: `报送第${i + 1}号统计表`,
        deadline: `2026-12-08T${String(10 + i).padStart(2, '0')}:00:00+08:00`,
      }),
    );
    let ledger: LedgerRow[] = [];
    // One run per hour through the day, as deadlines come near one by one.
    for (let h = 8; h <= 16; h++) {
      const { rows } = plan(`2026-12-08T${String(h).padStart(2, '0')}:00:00+08:00`, tasks, {
        ledger,
        people: [cadre],
      });
      ledger = [...ledger, ...ledgerOf(rows)];
    }
    const pushes = ledger.filter((r) => r.state === 'queued' && r.purpose !== 'digest');
    expect(pushes).toHaveLength(5);
    const capped = ledger.filter((r) => r.result === 'cap');
    expect(capped.length).toBeGreaterThan(0);
    const next = plan('2026-12-09T07:30:00+08:00', tasks, { ledger, people: [cadre] });
    const digest = next.rows.find((r) => r.purpose === 'digest');
    expect(digest?.body.text).toContain(
      `另有${capped.length}条提醒因免打扰时段或每日提醒上限未单独发送，已并入本条。`,
    );
  });

  it('still lets an urgent task through', () => {
    const ledger: LedgerRow[] = Array.from({ length: 5 }, (_, i) => ({
      key: `c1|reminder|x${i}`,
      recipientId: 'c1',
      purpose: 'reminder',
      state: 'sent',
      dueAt: at('2026-12-08T09:00:00+08:00') + i * 60_000,
      result: null,
    }));
    const urgent = task({
      title: '立即排查大棚',
      flags: ['urgent'],
      firstSeenAt: '2026-12-08T15:00:00+08:00',
    });
    expect(sent(plan('2026-12-08T15:05:00+08:00', [urgent], { ledger }).rows)).toHaveLength(1);
  });
});

describe('sharing pushes', () => {
  it('brings a reminder due within the hour into a push that goes now', () => {
    const a = task({ title: '报送值班表', deadline: '2026-12-08T17:00:00+08:00' });
    const b = task({ title: '报送排查台账', deadline: '2026-12-08T17:45:00+08:00' });
    const { rows } = plan('2026-12-08T15:00:00+08:00', [a, b]);
    expect(rows.map((r) => [r.period, r.state])).toEqual([
      [`${a.id}@2026-12-08T17:00`, 'queued'],
      [`${b.id}@2026-12-08T17:45`, 'folded'],
    ]);
    expect(rows[0]?.dueAt).toBe(at('2026-12-08T15:00:00+08:00'));
    expect(sent(rows)[0]?.body.text).toContain('· 报送排查台账（今天17:45）');
  });

  it('still sends a reminder due just before the quiet hours that a run reaches just after them', () => {
    const late = task({ title: '报送转移安置人员数量', deadline: '2026-12-08T23:59:00+08:00' });
    expect(sent(plan('2026-12-08T22:00:00+08:00', [late]).rows)).toHaveLength(1);
    expect(sent(plan('2026-12-08T22:30:00+08:00', [late]).rows)).toEqual([]);
  });
});
