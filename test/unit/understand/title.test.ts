import { describe, expect, it } from 'vitest';
import { makeTitle } from '../../../src/core/understand/title.js';

describe('the inbox title says what is asked', () => {
  it('drops the salutation and the deadline, keeping the demand', () => {
    expect(makeTitle('各村（社区）：请于2030年7月15日下午4点前报送本村防汛物资储备清单。')).toBe(
      '报送本村防汛物资储备清单',
    );
    expect(makeTitle('转发：各乡镇：请3天内将本乡镇秋粮收购进度表报县农业农村局。\n请各村抓紧落实。')).toBe(
      '本乡镇秋粮收购进度表报县农业农村局',
    );
  });

  it('names the meeting, not who must attend', () => {
    expect(
      makeTitle('【会议通知】定于明天上午9点在镇政府二楼会议室召开秋季防火工作推进会，请各村书记参会。'),
    ).toBe('秋季防火工作推进会');
  });

  it('names the article to repost, with Chinese punctuation', () => {
    expect(
      makeTitle('@所有人 请将公众号今天推送的《秋收时节,注意防火》转发至朋友圈，下午5点前截图发群。'),
    ).toBe('转发《秋收时节，注意防火》');
  });

  it('keeps a title short enough for a phone', () => {
    const t = makeTitle(`请各网格员${'逐户走访辖区内独居老人并登记取暖设施使用情况'.repeat(3)}。`);
    expect(t.length).toBeLessThanOrEqual(28);
    expect(t.endsWith('…')).toBe(true);
  });
});
