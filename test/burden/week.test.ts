import { describe, expect, it } from 'vitest';
import { isoWeekOf, parseIsoWeek, parseScope, shiftWeek } from '../../src/core/burden/index.js';

describe('ISO weeks in Asia/Shanghai', () => {
  it('reads a week label as Monday 00:00 to the next Monday, local time', () => {
    const w = parseIsoWeek('2026-W48')!;
    expect(w).toMatchObject({ label: '2026-W48', from: '2026-11-23', to: '2026-11-29' });
    expect(new Date(w.start).toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(w.end - w.start).toBe(7 * 86_400_000);
  });
  it('places Sunday night and Monday just after midnight in their own weeks', () => {
    expect(isoWeekOf('2026-11-29T23:59:00+08:00').label).toBe('2026-W48');
    expect(isoWeekOf('2026-11-30T00:00:00+08:00').label).toBe('2026-W49');
    // 2026-11-29T16:30Z is already Monday in Shanghai.
    expect(isoWeekOf('2026-11-29T16:30:00Z').label).toBe('2026-W49');
  });
  it('handles years that start or end in another year’s week', () => {
    expect(isoWeekOf('2027-01-01T12:00:00+08:00').label).toBe('2026-W53');
    expect(parseIsoWeek('2026-W53')?.from).toBe('2026-12-28');
    expect(parseIsoWeek('2027-W53')).toBeNull();
    expect(shiftWeek(parseIsoWeek('2026-W53')!, 1).label).toBe('2027-W01');
  });
  it('refuses malformed labels and scopes', () => {
    for (const bad of ['2026-48', '2026-W00', '2026-W5', 'W48']) expect(parseIsoWeek(bad)).toBeNull();
    expect(parseScope(undefined)).toEqual({ type: 'county' });
    expect(parseScope('township:o2')).toEqual({ type: 'township', id: 'o2' });
    expect(parseScope('village:o4')).toBeNull();
  });
});
