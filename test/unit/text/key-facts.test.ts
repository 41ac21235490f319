import { describe, expect, it } from 'vitest';
import { factsAgree, keyFacts } from '../../../src/core/text/index';
import { NOTICES } from './fixtures';

describe('keyFacts', () => {
  it('reads dates, ranges and bare days', () => {
    expect(keyFacts('请于12月4日前报送').dates).toEqual(['12-4']);
    expect(keyFacts('3月2日至5日开展巡查').dates).toEqual(['3-2', 'd5']);
    expect(keyFacts('本月20号前交齐').dates).toEqual(['d20']);
    expect(keyFacts('十二月一日前上报').dates).toEqual(['12-1']);
  });
  it('reads relative days and durations', () => {
    expect(keyFacts('请3个工作日内报送').dates).toEqual(['3个工作日内']);
    expect(keyFacts('明日下班前').dates).toEqual(['明天']);
  });
  it('reads clock times in one 24-hour form', () => {
    expect(keyFacts('17时前').times).toEqual(['17:00']);
    expect(keyFacts('下午5点前').times).toEqual(['17:00']);
    expect(keyFacts('5点前').times).toEqual(['17:00']);
    expect(keyFacts('上午9:30开会').times).toEqual(['09:30']);
    expect(keyFacts('下午三点半').times).toEqual(['15:30']);
    expect(keyFacts('晚上8点前').times).toEqual(['20:00']);
  });
  it('does not read 小时 or 时间 as a clock time', () => {
    expect(keyFacts('24小时值守，时间另行通知').times).toEqual([]);
  });
  it('reads links', () => {
    expect(keyFacts('填写地址：https://wj.example.cn/s/AbC12，今天截止').links).toEqual([
      'https://wj.example.cn/s/abc12',
    ]);
  });
  it('reads titles, annexes and named forms', () => {
    const f = keyFacts(NOTICES.festival);
    expect(f.docs).toContain('关于做好2027年春节期间安全生产工作的通知');
    expect(f.docs).toContain('附件1');
    expect(f.docs).toContain('春节期间安全隐患排查台账');
    expect(f.docs).toContain('重大隐患清单');
    expect(keyFacts(NOTICES.training).docs).toEqual(['农村党员集中培训实施方案']);
  });
  it('keeps other figures as numbers', () => {
    expect(keyFacts(NOTICES.festival).numbers).toEqual(['8823011']);
  });
  it('does not read 表示 or 代表 as forms', () => {
    expect(keyFacts('各村代表表示支持').docs).toEqual([]);
  });
});

describe('factsAgree', () => {
  const base = keyFacts('请于5月8日下午3点前报送春播进度表（附件1），联系电话6612000。');
  it('accepts a copy that dropped a clause', () => {
    expect(factsAgree(base, keyFacts('请于5月8日下午3点前报送春播进度表（附件1）。'))).toBe(true);
  });
  it('accepts a bare day against the full date', () => {
    expect(factsAgree(keyFacts('8日前报送'), keyFacts('5月8日前报送'))).toBe(true);
  });
  it('rejects a different date, time, form, annex or figure', () => {
    expect(factsAgree(base, keyFacts('请于5月9日下午3点前报送春播进度表（附件1），联系电话6612000。'))).toBe(
      false,
    );
    expect(factsAgree(base, keyFacts('请于5月8日下午4点前报送春播进度表（附件1），联系电话6612000。'))).toBe(
      false,
    );
    expect(factsAgree(base, keyFacts('请于5月8日下午3点前报送秋收进度表（附件1），联系电话6612000。'))).toBe(
      false,
    );
    expect(factsAgree(base, keyFacts('请于5月8日下午3点前报送春播进度表（附件3），联系电话6612000。'))).toBe(
      false,
    );
    expect(factsAgree(base, keyFacts('请于5月8日下午3点前报送春播进度表（附件1），联系电话6612999。'))).toBe(
      false,
    );
  });
});
