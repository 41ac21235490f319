import { describe, expect, it } from 'vitest';
import { readTime } from '../../../src/core/time/index.js';

// 2026-12-08 is a Tuesday.
describe('section 5: recurrence', () => {
  it('每天 with a time not yet passed → today', () => {
    const r = readTime('各网格员每天上午9点前在群里报平安', '2026-12-08T07:50:00+08:00');
    expect(r).toMatchObject({ recurrence: 'FREQ=DAILY', deadline: '2026-12-08T09:00:00+08:00' });
  });
  it('每天 with a time already passed → tomorrow', () =>
    expect(readTime('每天上午9点前报平安', '2026-12-08T10:00:00+08:00').deadline).toBe(
      '2026-12-09T09:00:00+08:00',
    ));
  it('每日 and 天天 are daily', () => {
    expect(readTime('每日晚上8点前报数', '2026-12-08T10:00:00+08:00').recurrence).toBe('FREQ=DAILY');
    expect(readTime('天天都要在群里签到', '2026-12-08T10:00:00+08:00').recurrence).toBe('FREQ=DAILY');
  });
  it('从今天起 counts today when the time has not passed', () =>
    expect(readTime('从今天起每天下午4点前上报巡查情况', '2026-12-08T15:00:00+08:00').deadline).toBe(
      '2026-12-08T16:00:00+08:00',
    ));
  it('从明天起 starts tomorrow', () =>
    expect(readTime('从明天起每天上午10点前签到', '2026-12-08T08:00:00+08:00').deadline).toBe(
      '2026-12-09T10:00:00+08:00',
    ));
  it('每个工作日 → MO–FR', () => {
    const r = readTime('每个工作日上午8:30前在群里签到', '2026-12-11T09:00:00+08:00');
    expect(r.recurrence).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(r.deadline).toBe('2026-12-14T08:30:00+08:00');
  });
  it('工作日每天 → MO–FR', () =>
    expect(readTime('工作日每天下午5点前报进度', '2026-12-08T10:00:00+08:00').recurrence).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    ));
  it('每周一 sent on a Tuesday → next Monday', () => {
    const r = readTime('每周一上午10点前把上周工作小结发我', '2026-12-08T10:00:00+08:00');
    expect(r).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=MO', deadline: '2026-12-14T10:00:00+08:00' });
  });
  it.each([
    ['每周二', 'TU'],
    ['每周三', 'WE'],
    ['每周四', 'TH'],
    ['每周五', 'FR'],
    ['每周六', 'SA'],
    ['每周日', 'SU'],
    ['每星期天', 'SU'],
  ])('%s → BYDAY=%s', (w, code) =>
    expect(readTime(`${w}下午报送周报`, '2026-12-08T18:00:00+08:00').recurrence).toBe(
      `FREQ=WEEKLY;BYDAY=${code}`,
    ),
  );
  it('每周二 sent on a Tuesday evening → next Tuesday', () =>
    expect(readTime('每周二下午报送周报', '2026-12-08T18:00:00+08:00').deadline).toBe(
      '2026-12-15T17:30:00+08:00',
    ));
  it('每月N日 without a time → 23:59 of the first occurrence', () => {
    const r = readTime('请于每月10日前报送上月台账', '2026-12-08T10:00:00+08:00');
    expect(r).toMatchObject({
      recurrence: 'FREQ=MONTHLY;BYMONTHDAY=10',
      deadline: '2026-12-10T23:59:00+08:00',
    });
  });
  it('每月N日 already passed this month → next month', () =>
    expect(readTime('每月3号前报', '2026-12-08T10:00:00+08:00').deadline).toBe('2027-01-03T23:59:00+08:00'));
  it('即日起至… adds UNTIL, and no time of day → 23:59 today', () => {
    const r = readTime('即日起至12月20日，请大家每天为我县作品投票一次', '2026-12-08T10:00:00+08:00');
    expect(r).toMatchObject({
      recurrence: 'FREQ=DAILY;UNTIL=20261220',
      deadline: '2026-12-08T23:59:00+08:00',
    });
  });
  it('……至N日 takes the current month', () =>
    expect(readTime('每天晚上9点前在群里打卡，至25日结束', '2026-12-08T10:00:00+08:00').recurrence).toBe(
      'FREQ=DAILY;UNTIL=20261225',
    ));
  it('a range start carries its month to the end', () =>
    expect(readTime('12月10日至15日每天下午4点前报数', '2026-12-08T10:00:00+08:00').recurrence).toBe(
      'FREQ=DAILY;UNTIL=20261215',
    ));
  it('UNTIL into next year', () =>
    expect(readTime('即日起至1月5日每天报送', '2026-12-08T10:00:00+08:00').recurrence).toBe(
      'FREQ=DAILY;UNTIL=20270105',
    ));
  it('recurrence beats the date rows', () =>
    expect(readTime('即日起至12月31日每天学习', '2026-12-08T10:00:00+08:00').deadline).toBe(
      '2026-12-08T23:59:00+08:00',
    ));
});
