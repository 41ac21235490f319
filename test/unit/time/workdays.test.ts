import { describe, expect, it } from 'vitest';
import { addWorkdays, isRestDayOrNight, isWorkday, localParts } from '../../../src/core/time/index.js';

describe('isWorkday', () => {
  it('make-up workdays of 2026', () => {
    expect(isWorkday('2026-09-20')).toEqual({ workday: true, known: true });
    expect(isWorkday('2026-10-10')).toEqual({ workday: true, known: true });
  });
  it('holidays and ordinary weekends', () => {
    expect(isWorkday('2026-10-01').workday).toBe(false);
    expect(isWorkday('2026-09-25').workday).toBe(false); // Mid-Autumn, a Friday
    expect(isWorkday('2026-11-28').workday).toBe(false);
    expect(isWorkday('2026-11-27').workday).toBe(true);
  });
  it('beyond the data: Mon–Fri, unknown', () => {
    expect(isWorkday('2031-10-01')).toEqual({ workday: true, known: false });
    expect(isWorkday('2031-10-04')).toEqual({ workday: false, known: false });
  });
});

describe('addWorkdays', () => {
  it('across National Day 2026', () => {
    expect(addWorkdays('2026-09-30', 1)).toEqual({ date: '2026-10-08', known: true });
    expect(addWorkdays('2026-10-09', 1)).toEqual({ date: '2026-10-10', known: true });
  });
  it('Friday + 3 in late November', () => expect(addWorkdays('2026-11-27', 3).date).toBe('2026-12-02'));
  it('crossing out of the data sets known false', () =>
    expect(addWorkdays('2026-12-30', 5).known).toBe(false));
  it('n = 0 returns the date', () => expect(addWorkdays('2026-12-08', 0).date).toBe('2026-12-08'));
});

describe('isRestDayOrNight', () => {
  it.each([
    ['2026-11-28T10:00:00+08:00', true], // Saturday
    ['2026-11-27T21:30:00+08:00', true], // night
    ['2026-11-27T06:59:00+08:00', true],
    ['2026-11-27T07:00:00+08:00', false],
    ['2026-09-20T10:00:00+08:00', false], // make-up Sunday
    ['2026-10-02T10:00:00+08:00', true], // holiday
    ['2026-11-27T02:00:00Z', false], // 10:00 local
  ])('%s → %s', (at, want) => expect(isRestDayOrNight(at)).toBe(want));
});

describe('localParts', () => {
  it('reads Shanghai time from any offset', () =>
    expect(localParts('2026-11-29T17:30:00Z')).toEqual({
      date: '2026-11-30',
      hour: 1,
      minute: 30,
      weekday: 1,
    }));
});
