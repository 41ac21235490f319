import { describe, expect, it } from 'vitest';
import { policyFlags } from '../../../src/core/policy/index.js';
import { view } from './view.js';

describe('policy:screenshot', () => {
  it('flags a screenshot as proof of a repost, a vote or a check-in', () => {
    for (const kind of ['repost', 'engage', 'checkin'] as const) {
      const t = view({ kind, requires: ['screenshot'], texts: ['请把海报分享到家族群，分享后截屏发我。'] });
      expect(policyFlags(t, [])).toContain('policy:screenshot');
    }
  });
  it('does not flag a screenshot attached to a report or work task', () => {
    const t = view({ kind: 'report', requires: ['screenshot'], texts: ['请把系统里的审核结果截图报上来。'] });
    expect(policyFlags(t, [])).not.toContain('policy:screenshot');
  });
  it('does not flag a repost without screenshot', () => {
    const t = view({ kind: 'repost', texts: ['请将春耕安全提示转到各村民群。'] });
    expect(policyFlags(t, [])).toEqual([]);
  });
});

describe('policy:engagement-count', () => {
  const flags = (kind: 'repost' | 'engage' | 'report', text: string) =>
    policyFlags(view({ kind, texts: [text] }), []);

  it('flags reposts whose numbers will be tallied by unit', () => {
    expect(flags('repost', '请转发到朋友圈，办公室将统计各村转发人数。')).toContain(
      'policy:engagement-count',
    );
  });
  it('flags likes and points that are ranked, reported or appraised', () => {
    expect(flags('engage', '请为本县作品点赞，点赞数每周通报。')).toContain('policy:engagement-count');
    expect(flags('engage', '每天完成线上答题，答题积分按支部排名。')).toContain('policy:engagement-count');
    expect(flags('engage', '关注本镇视频号，关注情况纳入年度目标考评。')).toContain(
      'policy:engagement-count',
    );
    expect(flags('repost', '分享情况将纳入年终评比。')).toContain('policy:engagement-count');
  });
  it('finds the counting in a relay or reminder, not only the original', () => {
    const t = view({ kind: 'repost', texts: ['请转发这篇推文。', '提醒：转发情况月底前要通报。'] });
    expect(policyFlags(t, [])).toContain('policy:engagement-count');
  });
  it('does not flag a plain vote for an online contest', () => {
    expect(flags('engage', '我镇作品入围省里的网络评选，请大家投上一票。')).toEqual([]);
  });
  it('does not flag a counting word inside an article title or an office name', () => {
    expect(flags('repost', '请转发《年度考核工作答记者问》到朋友圈。')).toEqual([]);
    expect(flags('repost', '县统计局请大家转发经济普查宣传海报。')).toEqual([]);
  });
  it('does not flag counting words that describe the content reposted', () => {
    expect(flags('repost', '请把县纪委的通报转到各村党员群，引以为戒。')).toEqual([]);
    expect(flags('repost', '请转发本村积分超市兑换规则，让群众知晓。')).toEqual([]);
  });
  it('does not flag a report that is itself a tally', () => {
    expect(flags('report', '请统计本村党员本季度线上学习积分并报党建办。')).toEqual([]);
  });
});
