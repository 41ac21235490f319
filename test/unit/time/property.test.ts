import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTimeExpression, readTime } from '../../../src/core/time/index.js';

const TIMEISH = [
  ...'0123456789一二三四五六七八九十两半点时分日号月周天年前内后上下午晚早今明每至起：:（）个工作小',
];

describe('readTime never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), (s, ms) => {
        const r = readTime(s, new Date(ms));
        expect(r.deadline === null || /T\d\d:\d\d:00\+08:00$/.test(r.deadline)).toBe(true);
        hasTimeExpression(s);
      }),
    );
  });
  it('on strings made of time characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TIMEISH), { maxLength: 40 }), (chars) => {
        const r = readTime(chars.join(''), '2026-11-23T08:00:00+08:00', { kind: 'meeting' });
        if (r.deadline) expect(Number.isNaN(Date.parse(r.deadline))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
  it('with an unreadable now', () => expect(readTime('下午5点前', 'not a date').deadline).toBeNull());
});
