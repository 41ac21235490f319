import { describe, expect, it } from 'vitest';
import { policyFlags } from '../../../src/core/policy/index.js';
import { view } from './view.js';

const has = (t: Parameters<typeof policyFlags>[0]) => policyFlags(t, []).includes('policy:after-hours');

describe('policy:after-hours', () => {
  it('flags a non-urgent task first posted on a rest day', () => {
    expect(has(view({ kind: 'report', firstPostedOnRestDay: true, texts: ['周一前报送台账。'] }))).toBe(true);
  });
  it('flags a task posted between 21:00 and 07:00', () => {
    expect(has(view({ kind: 'report', firstPostedAt: '2027-03-09T21:00:00+08:00' }))).toBe(true);
    expect(has(view({ kind: 'report', firstPostedAt: '2027-03-10T06:59:00+08:00' }))).toBe(true);
    // 14:30 UTC is 22:30 in Shanghai.
    expect(has(view({ kind: 'report', firstPostedAt: '2027-03-09T14:30:00Z' }))).toBe(true);
  });
  it('does not flag evening or early work-hours posts on a workday', () => {
    expect(has(view({ kind: 'report', firstPostedAt: '2027-03-09T20:59:00+08:00' }))).toBe(false);
    expect(has(view({ kind: 'report', firstPostedAt: '2027-03-09T07:00:00+08:00' }))).toBe(false);
  });
  it('does not flag an urgent task', () => {
    const t = view({
      kind: 'task',
      urgent: true,
      firstPostedOnRestDay: true,
      firstPostedAt: '2027-03-13T23:10+08:00',
    });
    expect(has(t)).toBe(false);
  });
});
