import { describe, expect, it } from 'vitest';
import { policyFlags } from '../../../src/core/policy/index.js';
import { view } from './view.js';

const has = (t: Parameters<typeof policyFlags>[0]) => policyFlags(t, []).includes('policy:app');

describe('policy:app', () => {
  it('flags a demand to download, install or register in an app or mini-program', () => {
    expect(has(view({ kind: 'task', texts: ['请全体村干部下载“平安乡村”APP并完成实名注册。'] }))).toBe(true);
    expect(has(view({ kind: 'task', texts: ['請各村幹部安裝“村務通”客戶端。'] }))).toBe(true);
    expect(has(view({ kind: 'task', texts: ['扫码进入“文明实践”小程序注册志愿者账号。'] }))).toBe(true);
  });
  it('flags daily use of a study app', () => {
    const t = view({ kind: 'engage', recurrence: 'FREQ=DAILY', texts: ['党员每天在学习强国完成一次答题。'] });
    expect(has(t)).toBe(true);
    expect(has(view({ kind: 'engage', texts: ['请大家坚持每天登录APP学习。'] }))).toBe(true);
  });
  it('flags promoting installation with numbers', () => {
    const t = view({ kind: 'report', texts: ['各村推广反诈APP，每周五报送新增安装量。'] });
    expect(has(t)).toBe(true);
  });
  it('does not flag downloading an attachment or using an app once', () => {
    expect(has(view({ kind: 'report', texts: ['请下载附件模板，填好后报镇政府。'] }))).toBe(false);
    expect(has(view({ kind: 'engage', texts: ['请在本月底前通过学习APP完成一次线上培训。'] }))).toBe(false);
  });
  it('does not flag a report that tallies app points', () => {
    const t = view({ kind: 'report', texts: ['请各支部统计本月每天学习强国积分情况报组织办。'] });
    expect(has(t)).toBe(false);
  });
});
