import { describe, expect, it } from 'vitest';
import {
  explainFlag,
  POLICY_FLAG_IDS,
  POLICY_RULES,
  POLICY_RULES_VERSION,
  policyFlags,
} from '../../../src/core/policy/index.js';
import { view } from './view.js';

const vote = view({
  kind: 'engage',
  requires: ['screenshot'],
  firstPostedOnRestDay: true,
  texts: ['请为我镇选送的作品投票，投票后截图发群，投票情况纳入年底考核。'],
});

describe('policyFlags options', () => {
  it('returns every applicable marker in rule order', () => {
    expect(policyFlags(vote, [])).toEqual([
      'policy:screenshot',
      'policy:engagement-count',
      'policy:after-hours',
    ]);
  });
  it('lets a county switch rules off, by full or short id', () => {
    expect(policyFlags(vote, [], { disabled: ['policy:screenshot', 'after-hours'] })).toEqual([
      'policy:engagement-count',
    ]);
  });
  it('adds policy:not-admitted when a source names an item of the county list', () => {
    const t = view({ kind: 'report', texts: ['请各村出具村民婚育情况证明，周五前报镇里。'] });
    const notAdmitted = [{ name: '开具婚育证明', keywords: ['婚育情况证明', '婚育证明'] }];
    expect(policyFlags(t, [], { notAdmitted })).toContain('policy:not-admitted');
    expect(policyFlags(t, [], { notAdmitted, disabled: ['not-admitted'] })).not.toContain(
      'policy:not-admitted',
    );
    expect(policyFlags(t, [])).not.toContain('policy:not-admitted');
  });
  it('matches not-admitted keywords in traditional relays', () => {
    const t = view({ kind: 'task', texts: ['轉發：請各村協助開展商業保險推銷。'] });
    expect(policyFlags(t, [], { notAdmitted: [{ name: '商业推销', keywords: ['商业保险推销'] }] })).toEqual([
      'policy:not-admitted',
    ]);
  });
});

describe('rules data and explanations', () => {
  it('is versioned and covers every marker once', () => {
    expect(POLICY_RULES_VERSION).toBe('2026-11');
    expect(POLICY_RULES.map((r) => r.id)).toEqual([...POLICY_FLAG_IDS]);
  });
  it('explains each marker in Chinese with its source', () => {
    for (const id of POLICY_FLAG_IDS) {
      const e = explainFlag(id);
      expect(e?.explanation).toMatch(/[\u4e00-\u9fa5]/);
      expect(e?.source.length).toBeGreaterThan(0);
    }
    expect(explainFlag('policy:screenshot')?.source).toContain('若干意见');
    expect(explainFlag('policy:repeat-data')?.source).toContain('整治形式主义为基层减负若干规定');
    expect(explainFlag('policy:app')?.source).toContain('政务移动互联网应用程序规范化管理办法');
    expect(explainFlag('urgent')).toBeUndefined();
  });
});
