import { describe, expect, it } from 'vitest';
import { policyFlags } from '../../../src/core/policy/index.js';
import { view } from './view.js';

const has = (t: Parameters<typeof policyFlags>[0]) => policyFlags(t, []).includes('policy:trace');

describe('policy:trace', () => {
  it('flags location sharing and tracks', () => {
    expect(has(view({ kind: 'checkin', texts: ['到岗后请在群里发送实时位置。'] }))).toBe(true);
    expect(has(view({ kind: 'task', texts: ['走访时请开启位置共享，结束后上传行动轨迹。'] }))).toBe(true);
  });
  it('flags a meeting that requires photos and a report of meeting or activity photos', () => {
    expect(
      has(view({ kind: 'meeting', requires: ['photo'], texts: ['周五下午开支委会，会后拍照发群。'] })),
    ).toBe(true);
    expect(has(view({ kind: 'report', texts: ['请把本周宣讲活动照片和签到表一并报宣传办。'] }))).toBe(true);
    expect(has(view({ kind: 'report', texts: ['把昨天组织生活会的现场照片发我。'] }))).toBe(true);
  });
  it('does not flag photos of on-site work as evidence of its result', () => {
    expect(
      has(view({ kind: 'task', requires: ['photo'], texts: ['排查完把水毁桥梁的现场照片发群里。'] })),
    ).toBe(false);
    expect(
      has(view({ kind: 'report', requires: ['photo'], texts: ['请拍下老年活动室整改后的照片发我。'] })),
    ).toBe(false);
  });
  it('flags photos taken after a meeting as proof', () => {
    expect(has(view({ kind: 'task', texts: ['各支部本周内召开组织生活会，会后拍照上传。'] }))).toBe(true);
  });
  it('does not flag a report of where houses or facilities are', () => {
    expect(has(view({ kind: 'report', texts: ['请报送本村避灾安置点的位置和容量。'] }))).toBe(false);
  });
  it('does not flag a figurative 定位', () => {
    expect(has(view({ kind: 'report', texts: ['请精准定位问题，形成整改清单报镇里。'] }))).toBe(false);
  });
});
