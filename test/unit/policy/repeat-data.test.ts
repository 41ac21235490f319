import { describe, expect, it } from 'vitest';
import { policyFlags, reportSubject } from '../../../src/core/policy/index.js';
import { view } from './view.js';

const county = view({
  kind: 'report',
  firstPostedAt: '2027-03-02T09:00:00+08:00',
  assignees: ['v1', 'v2', 'v3'],
  texts: ['各乡镇：请于3月10日前报送本乡镇2027年第一季度农村危房改造进度统计表。'],
});

const has = (task: Parameters<typeof policyFlags>[0], earlier = [county]) =>
  policyFlags(task, earlier).includes('policy:repeat-data');

describe('policy:repeat-data', () => {
  it('flags the same form for the same period asked again by another issuer', () => {
    const township = view({
      kind: 'report',
      firstPostedAt: '2027-03-05T15:00:00+08:00',
      assignees: ['v2', 'v9'],
      texts: ['各村：请将本村2027年第一季度农村危房改造进度统计表于明天下班前报镇建设办。'],
    });
    expect(has(township)).toBe(true);
  });
  it('does not flag a new period of the same regular form', () => {
    const next = view({
      kind: 'report',
      firstPostedAt: '2027-03-28T09:00:00+08:00',
      assignees: ['v1'],
      texts: ['各乡镇：请报送2027年第二季度农村危房改造进度统计表。'],
    });
    expect(has(next)).toBe(false);
  });
  it('reads relative periods against the posting date', () => {
    const a = view({
      kind: 'report',
      firstPostedAt: '2027-02-26T09:00:00+08:00',
      texts: ['请于本月底前将本村本月低保动态管理台账报民政办。'],
    });
    const sameMonth = view({ ...a, firstPostedAt: '2027-02-27T09:00:00+08:00' });
    const nextMonth = view({ ...a, firstPostedAt: '2027-03-02T09:00:00+08:00' });
    expect(has(sameMonth, [a])).toBe(true);
    expect(has(nextMonth, [a])).toBe(false);
  });
  it('does not flag data that only overlaps, or a different form', () => {
    const overlap = view({
      kind: 'report',
      firstPostedAt: '2027-03-04T09:00:00+08:00',
      assignees: ['v1'],
      texts: ['各村：请将本村危房户名单报镇建设办。'],
    });
    expect(has(overlap)).toBe(false);
  });
  it('does not flag a request to other people', () => {
    const other = view({ ...county, firstPostedAt: '2027-03-06T09:00:00+08:00', assignees: ['x1'] });
    expect(has(other)).toBe(false);
  });
  it('does not flag outside the 30 days before, nor a later or the same task', () => {
    const late = view({ ...county, firstPostedAt: '2027-04-05T09:00:00+08:00' });
    expect(has(late)).toBe(false);
    expect(has(county, [county])).toBe(false);
    // A relay is merged into the task by the caller: one view, several texts, no earlier report.
    const relayed = view({ ...county, texts: [...county.texts, `转发：${county.texts[0]}请各村抓紧落实。`] });
    expect(has(relayed, [])).toBe(false);
  });
  it('does not flag a report without a named form (generic 情况)', () => {
    const a = view({
      kind: 'report',
      firstPostedAt: '2027-03-03T09:00:00+08:00',
      texts: ['下午4点前将排查情况报我。'],
    });
    const b = view({ ...a, firstPostedAt: '2027-03-04T09:00:00+08:00' });
    expect(has(b, [a])).toBe(false);
  });
  it('uses a subject given by the caller', () => {
    const a = view({
      kind: 'report',
      firstPostedAt: '2027-03-03T09:00:00+08:00',
      reportSubject: '秸秆禁烧台账（3月）',
    });
    const b = view({ ...a, firstPostedAt: '2027-03-04T09:00:00+08:00' });
    expect(has(b, [a])).toBe(true);
  });
});

describe('reportSubject', () => {
  it('drops scope words, brackets and keeps the period apart', () => {
    expect(reportSubject(['各乡镇：请于5月8日前报送本乡镇2027年度耕地保护目标责任书（附件3）。'])).toBe(
      '耕地保护目标责任书（2027年）',
    );
    expect(reportSubject(['请各村把辖区内留守儿童花名册发我。'])).toBe('留守儿童花名册');
  });
  it('reads traditional relays the same as the original', () => {
    const simplified = reportSubject(['请报送本村2027年度低保对象复核汇总表。']);
    expect(reportSubject(['請報送本村2027年度低保對象複核匯總表。'])).toBe(simplified);
  });
  it('returns null when no form or figures are named', () => {
    expect(reportSubject(['请尽快把检查情况报上来。'])).toBeNull();
    expect(reportSubject(['大家辛苦了。'])).toBeNull();
  });
});
