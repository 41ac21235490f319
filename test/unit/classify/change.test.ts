import { describe, expect, it } from 'vitest';
import { detectChange } from '../../../src/core/classify/index.js';

const type = (t: string) => detectChange(t)?.type ?? null;

describe('detectChange', () => {
  it.each([
    ['各村：昨天发的防汛物资统计通知作废，以今天的为准。'],
    ['原定周五上午召开的业务培训会取消，时间另行通知。'],
    ['刚才那条通知撤回，请大家不要报送。'],
    ['经研究，决定取消本周的现场观摩活动。'],
  ])('cancel: %s', (t) => {
    expect(type(t)).toBe('cancel');
  });
  it.each([
    ['各乡镇：防汛台账报送时间延期至12月10日下班前。'],
    ['培训会推迟到下周二上午9点。'],
    ['报送时间改为明天中午12点前。'],
    ['接上级通知，花名册报送时间提前到今天下午3点前，请抓紧。'],
  ])('move: %s', (t) => {
    expect(type(t)).toBe('move');
  });
  it.each([
    ['再提醒一下，今天下班前报送值班表，目前还有两个村没报。'],
    ['@张三 @李四 提醒：下午3点的会议请准时参加。'],
    ['为我镇作品投票的，还有不少同志没投，请抓紧。'],
    ['截至目前只有上湾村报了，请其他村今天报齐。'],
  ])('remind: %s', (t) => {
    expect(type(t)).toBe('remind');
  });
  it.each([
    ['各村：请于周五前报送防汛台账。'],
    ['报送方式改为线上填报。'],
    ['请各村抓紧落实。'],
    ['【智慧党建】温馨提示：请于月底前完成线上学习。'],
    ['县里在催，请半小时内把数据报我。'],
    ['取消低保资格的人员名单请于周五前报送。'],
  ])('none: %s', (t) => {
    expect(type(t)).toBeNull();
  });
});
