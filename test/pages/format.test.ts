import { describe, expect, it } from 'vitest';
import { boardCsv, csvCell } from '../../src/pages/board-csv.js';
import { leftWords, sectionOf, whenWords } from '../../src/pages/format.js';
import { imageType } from '../../src/pages/image-type.js';
import { PNG } from './setup.js';

const now = new Date('2026-12-07T10:00:00+08:00'); // a Monday

describe('deadline words', () => {
  it.each([
    ['2026-12-07T17:30:00+08:00', '今天 17:30'],
    ['2026-12-08T09:00:00+08:00', '明天 09:00'],
    ['2026-12-11T17:30:00+08:00', '周五 17:30'],
    ['2026-12-09T23:59:00+08:00', '后天内'],
    ['2026-12-20T17:30:00+08:00', '12月20日 17:30'],
    ['2027-01-05T17:30:00+08:00', '2027年1月5日 17:30'],
    ['2026-12-05T17:30:00+08:00', '前天 17:30'],
    ['2026-12-03T17:30:00+08:00', '12月3日 17:30'],
  ])('%s reads "%s"', (at, words) => expect(whenWords(at, now)).toBe(words));

  it('says how long is left within a day, and how late once passed', () => {
    expect(leftWords('2026-12-07T12:00:00+08:00', now)).toBe('还剩 2 小时');
    expect(leftWords('2026-12-07T10:40:00+08:00', now)).toBe('还剩 40 分钟');
    expect(leftWords('2026-12-09T10:00:00+08:00', now)).toBeNull();
    expect(leftWords('2026-12-07T07:00:00+08:00', now)).toBe('已逾期 3 小时');
    expect(leftWords('2026-12-05T17:30:00+08:00', now)).toBe('已逾期 1 天');
  });

  it('puts deadlines in the inbox sections of a Monday-to-Sunday week', () => {
    expect(sectionOf(null, now)).toBe('none');
    expect(sectionOf('2026-12-07T09:59:00+08:00', now)).toBe('overdue');
    expect(sectionOf('2026-12-07T23:59:00+08:00', now)).toBe('today');
    expect(sectionOf('2026-12-13T17:30:00+08:00', now)).toBe('week');
    expect(sectionOf('2026-12-14T08:30:00+08:00', now)).toBe('later');
  });
});

describe('CSV and uploads', () => {
  it('quotes cells and defuses formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('报送，表格')).toBe('报送，表格');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(boardCsv([], { bot: 'bot', orgs: [], people: [], groups: [] }).startsWith('\uFEFF任务,')).toBe(
      true,
    );
  });

  it('reads the image type from the bytes, not the name', () => {
    expect(imageType(PNG)).toBe('image/png');
    expect(imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(imageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
