import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/core/classify/index.js';

describe('parseReply (section 7)', () => {
  it.each([['收到'], ['已收到'], ['收到！'], ['收到👌'], ['收到，准时参加'], ['好的，收到'], ['收到了']])(
    'ack: %s',
    (t) => {
      expect(parseReply(t).ack).toBe(true);
    },
  );
  it.each([['好的'], ['👍'], ['收到请回复'], ['收到的表格有问题吗？'], ['谁收到了？']])(
    'not ack: %s',
    (t) => {
      expect(parseReply(t).ack).toBe(false);
    },
  );
  it('接龙 lines give an ack and the names', () => {
    const r = parseReply('接龙\n1. 王五 已阅\n2.赵六 已阅');
    expect(r.ack).toBe(true);
    expect(r.names).toEqual(['王五', '赵六']);
    expect(parseReply('1. 王五\n2. 赵六').names).toEqual(['王五', '赵六']);
  });
  it.each([
    ['已转发', 'repost'],
    ['已打卡', 'checkin'],
    ['已签到', 'checkin'],
    ['已报送', 'report'],
    ['已上报', 'report'],
    ['已填报', 'report'],
    ['河口村防火台账已报送', 'report'],
    ['已投票', 'engage'],
    ['已点赞', 'engage'],
    ['已评论', 'engage'],
    ['已完成', 'any'],
    ['完成了', 'any'],
    ['已办结', 'any'],
    ['已完成，炉子已经修好了。', 'any'],
    ['今天巡查了两处，已打卡', 'checkin'],
  ])('done: %s → %s', (t, kind) => {
    expect(parseReply(t).done).toBe(kind);
  });
  it.each([['还没报送'], ['尚未完成'], ['已报送了吗？'], ['好的'], ['收到']])('no done: %s', (t) => {
    expect(parseReply(t).done).toBeNull();
  });
  it('traditional characters', () => {
    expect(parseReply('已轉發').done).toBe('repost');
  });
});
