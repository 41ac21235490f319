import { describe, expect, it } from 'vitest';
import { hasTimeExpression, readTime } from '../../../src/core/time/index.js';

// 2026-12-07 is a Monday.
const MON_0900 = '2026-12-07T09:00:00+08:00';
const dl = (text: string, now = MON_0900, kind?: string) =>
  readTime(text, now, kind ? { kind } : {}).deadline;

describe('section 4: explicit clock times', () => {
  it.each([
    ['请于今天下午4点前上交签到表', '2026-12-07T16:00:00+08:00'],
    ['请各村17:00前把名单发过来', '2026-12-07T17:00:00+08:00'],
    ['请于12月8日16时前报送统计数据', '2026-12-08T16:00:00+08:00'],
    ['表格5:30pm前发我', '2026-12-07T17:30:00+08:00'],
    ['下午两点半前把台账交到党政办', '2026-12-07T14:30:00+08:00'],
    ['请下午2:30前到会议室领材料', '2026-12-07T14:30:00+08:00'],
    ['１２月９日１５：００前交表', '2026-12-09T15:00:00+08:00'],
    ['请十点一刻前回复', '2026-12-07T10:15:00+08:00'],
  ])('%s', (text, want) => expect(dl(text)).toBe(want));
});

describe('section 4: bare hours', () => {
  it('1–6 点 are afternoon', () => expect(dl('各村请4点前把数字报上来')).toBe('2026-12-07T16:00:00+08:00'));
  it('7–12 点 are as written', () => expect(dl('请11点前回复人数')).toBe('2026-12-07T11:00:00+08:00'));
  it('12点 is noon', () => expect(dl('十二点前把照片发群')).toBe('2026-12-07T12:00:00+08:00'));
  it('a bare hour with a date', () => expect(dl('12月10日8点在礼堂集合')).toBe('2026-12-10T08:00:00+08:00'));
});

describe('section 4: a time with no date not after now → next day', () => {
  it('上午 time sent in the evening', () =>
    expect(dl('请上午9点前把表交齐', '2026-12-07T19:00:00+08:00')).toBe('2026-12-08T09:00:00+08:00'));
  it('bare 3点 sent at 16:00', () =>
    expect(dl('3点前把数据报我', '2026-12-07T16:00:00+08:00')).toBe('2026-12-08T15:00:00+08:00'));
  it('a time equal to now is not after now', () =>
    expect(dl('10点前报', '2026-12-07T10:00:00+08:00')).toBe('2026-12-08T10:00:00+08:00'));
});

describe('section 4: parts of day without an hour', () => {
  it.each([
    ['明天上午把花名册发我', '2026-12-08T12:00:00+08:00'],
    ['请中午前回个话', '2026-12-07T12:00:00+08:00'],
    ['上午前把照片发过来', '2026-12-07T12:00:00+08:00'],
    ['今天下午把路面积雪清完', '2026-12-07T17:30:00+08:00'],
    ['后天下午前交回执', '2026-12-09T17:30:00+08:00'],
    ['请下班前把名单发我', '2026-12-07T17:30:00+08:00'],
  ])('%s', (text, want) => expect(dl(text)).toBe(want));

  it('下班前 uses the configured end of office hours', () => {
    const r = readTime('下班前发我', MON_0900, {
      officeHours: { start: '09:00', end: '18:00', noon: '12:00' },
    });
    expect(r.deadline).toBe('2026-12-07T18:00:00+08:00');
  });
});

describe('section 4: 早/晚 with a day', () => {
  it.each([
    ['明早8点前把情况汇总报我', '2026-12-08T08:00:00+08:00'],
    ['晚上九点前在群里报平安', '2026-12-07T21:00:00+08:00'],
    ['第二天中午12点前交齐', '2026-12-08T12:00:00+08:00'],
    ['今晚7:30开视频会', '2026-12-07T19:30:00+08:00'],
    ['明晚8点前报', '2026-12-08T20:00:00+08:00'],
  ])('%s', (text, want) => expect(dl(text)).toBe(want));
});

describe('section 4: end of today', () => {
  it.each([
    ['今晚前把人数报一下'],
    ['请今天内把签名表发我'],
    ['本次问卷今天截止，请尽早填写'],
    ['请当天把照片发群'],
    ['今日内完成转发'],
    ['请在晚上把数字报给我'],
  ])('%s → 23:59', (text) => expect(dl(text)).toBe('2026-12-07T23:59:00+08:00'));

  it('明天截止 follows the date row', () =>
    expect(dl('材料明天截止，请按时报送')).toBe('2026-12-08T17:30:00+08:00'));
});

describe('section 4: dates without a time', () => {
  it.each([
    ['请于12月11日前报送总结', '2026-12-11T17:30:00+08:00'],
    ['18号前把表交上来', '2026-12-18T17:30:00+08:00'],
    ['明天把村里的台账送来', '2026-12-08T17:30:00+08:00'],
    ['本周五前完成自查', '2026-12-11T17:30:00+08:00'],
    ['下周一报送整改清单', '2026-12-14T17:30:00+08:00'],
    ['请于十二月二十日前上报', '2026-12-20T17:30:00+08:00'],
  ])('%s', (text, want) => expect(dl(text)).toBe(want));

  it('本月N日 and 下月N号', () => {
    expect(dl('于本月15日前报送')).toBe('2026-12-15T17:30:00+08:00');
    expect(dl('下月5号前报送')).toBe('2027-01-05T17:30:00+08:00');
  });
  it('traditional characters', () => expect(dl('請於下午5點前報送')).toBe('2026-12-07T17:00:00+08:00'));
  it('a day number already past this month → next month', () =>
    expect(dl('3号前交', MON_0900)).toBe('2027-01-03T17:30:00+08:00'));
  it('a date passed this year → next year', () =>
    expect(dl('请于2月15日前报送年度总结')).toBe('2027-02-15T17:30:00+08:00'));
});

describe('section 4: weeks and months', () => {
  it('本周内 → last working day of the week', () =>
    expect(dl('请本周内把排查表报上来')).toBe('2026-12-11T17:30:00+08:00'));
  it('本周内 in a week whose Friday is a holiday (2026-10-01 week)', () =>
    expect(dl('本周内报送', '2026-09-28T09:00:00+08:00')).toBe('2026-09-30T17:30:00+08:00'));
  it('周五前 sent on Friday is today', () =>
    expect(dl('周五前交表', '2026-12-11T09:00:00+08:00')).toBe('2026-12-11T17:30:00+08:00'));
  it('周五前 sent on Saturday is next Friday', () =>
    expect(dl('周五前交表', '2026-12-12T09:00:00+08:00')).toBe('2026-12-18T17:30:00+08:00'));
  it('下周三下午三点前', () => expect(dl('下周三下午三点前交')).toBe('2026-12-16T15:00:00+08:00'));
  it('月底前', () => expect(dl('请各村月底前完成录入')).toBe('2026-12-31T17:30:00+08:00'));
  it('本月底 in February', () =>
    expect(dl('本月底前报', '2027-02-03T09:00:00+08:00')).toBe('2027-02-28T17:30:00+08:00'));
});

describe('section 4: within a duration', () => {
  it.each([
    ['请5天内整改到位', '2026-12-12T17:30:00+08:00'],
    ['两日内把方案报来', '2026-12-09T17:30:00+08:00'],
    ['2小时内回复人数', '2026-12-07T11:00:00+08:00'],
    ['半小时内报我', '2026-12-07T09:30:00+08:00'],
    ['一个小时内把照片发群', '2026-12-07T10:00:00+08:00'],
    ['15分钟内到岗', '2026-12-07T09:15:00+08:00'],
  ])('%s', (text, want) => expect(dl(text)).toBe(want));

  it('durations keep the minute of now and drop its seconds', () =>
    expect(dl('半小时内报我', '2026-12-07T09:12:41+08:00')).toBe('2026-12-07T09:42:00+08:00'));
  it('"24小时值班" is not a deadline', () => expect(dl('寒潮期间实行24小时值班，收到请回复')).toBeNull());
});

describe('section 4: working days', () => {
  it('3个工作日内 sent Tue 2026-09-29 skips the National Day holiday', () => {
    const r = readTime('请在3个工作日内报送统计表', '2026-09-29T10:00:00+08:00');
    expect(r.deadline).toBe('2026-10-09T17:30:00+08:00');
    expect(r.calendarUnknown).toBe(false);
  });
  it('4个工作日内 sent 2026-09-29 lands on the make-up Saturday 10-10', () =>
    expect(dl('四个工作日内报', '2026-09-29T10:00:00+08:00')).toBe('2026-10-10T17:30:00+08:00'));
  it('2个工作日内 sent Fri 2026-09-18 counts Sun 09-20', () =>
    expect(dl('两个工作日内报', '2026-09-18T10:00:00+08:00')).toBe('2026-09-21T17:30:00+08:00'));
  it('beyond the calendar data counts Mon–Fri and says so', () => {
    const r = readTime('请3个工作日内报送', '2031-03-06T10:00:00+08:00');
    expect(r.deadline).toBe('2031-03-11T17:30:00+08:00');
    expect(r.calendarUnknown).toBe(true);
  });
});

describe('section 4: urgency', () => {
  it.each([
    '请尽快组织人员清雪',
    '立即上报人员伤亡情况',
    '马上去看一下',
    '请速报损失情况',
    '发现险情第一时间转移群众',
  ])('%s → urgent, no deadline', (text) => {
    const r = readTime(text, MON_0900);
    expect(r.urgent).toBe(true);
    expect(r.deadline).toBeNull();
  });
  it('traditional 儘快', () => expect(readTime('請儘快處理', MON_0900).urgent).toBe(true));
  it('立即 next to a time is not urgent', () => {
    const r = readTime('请立即排查，今天下午3点前报结果', MON_0900);
    expect(r).toMatchObject({ urgent: false, deadline: '2026-12-07T15:00:00+08:00' });
  });
  it('【紧急通知】 alone is not urgent', () =>
    expect(readTime('【紧急通知】各村注意防火', MON_0900).urgent).toBe(false));
  it('迅速/快速/高速 are not the 速 row', () =>
    expect(readTime('高速路口设卡，快速通行', MON_0900).urgent).toBe(false));
});

describe('section 4: meetings', () => {
  it('the start time, not a material deadline', () =>
    expect(
      dl('定于12月9日（周三）下午3点在三楼召开会议，请于12月8日前报送参会名单', MON_0900, 'meeting'),
    ).toBe('2026-12-09T15:00:00+08:00'));
  it('relative day with the date in brackets', () =>
    expect(dl('定于后天（12月9日）上午9:30召开调度会', MON_0900, 'meeting')).toBe(
      '2026-12-09T09:30:00+08:00',
    ));
  it('今晚 + clock', () =>
    expect(dl('今晚8点召开视频会', MON_0900, 'meeting')).toBe('2026-12-07T20:00:00+08:00'));
});

describe('section 4: deadline selection', () => {
  it('a context range loses to the marked deadline', () =>
    expect(dl('12月8日至10日将有大风降温，请各村于12月8日12时前报送值守名单')).toBe(
      '2026-12-08T12:00:00+08:00',
    ));
  it('the earliest of several deadlines', () =>
    expect(dl('请于12月10日前报送名单，12月9日前先报人数')).toBe('2026-12-09T17:30:00+08:00'));
  it('a date inside a document title is not a deadline', () =>
    expect(dl('根据《关于12月1日起施行新规的通知》，请认真学习')).toBeNull());
  it('a news date is not a deadline', () =>
    expect(dl('公众号今天发布的文章请转发，下午4点前截图')).toBe('2026-12-07T16:00:00+08:00'));
  it('延期至 marks the new deadline', () =>
    expect(dl('原定报送时间延期至12月15日下班前')).toBe('2026-12-15T17:30:00+08:00'));
  it('a standing rule sets no deadline', () => {
    const r = readTime('今后所有通知须10分钟内回复', MON_0900);
    expect(r).toMatchObject({ deadline: null, standing: true, urgent: false });
  });
  it('no time at all', () => expect(readTime('各村注意防火安全，收到请回复', MON_0900).deadline).toBeNull());
});

describe('non-time words', () => {
  it.each(['大家积极一点', '一点点进步', '提三点建议', '请点赞', '两点要求请落实', '早上好', '请早一点到'])(
    '%s has no deadline',
    (text) => {
      const r = readTime(text, MON_0900);
      expect(r.deadline).toBeNull();
      expect(r.urgent).toBe(false);
    },
  );
  it('第一时间 is the urgency row, not a clock time', () => {
    expect(readTime('第一时间上报', MON_0900)).toMatchObject({ deadline: null, urgent: true });
  });
});

describe('hasTimeExpression', () => {
  it('finds dates, times, durations and repetitions', () => {
    for (const t of ['11月5日前', '下午三点', '3天内', '每周一报送', '下班前', '月底前']) {
      expect(hasTimeExpression(t)).toBe(true);
    }
  });
  it('ignores text without one', () => {
    for (const t of ['收到', '积极一点', '三点建议', '请点赞转发', '尽快处理'])
      expect(hasTimeExpression(t)).toBe(false);
  });
});

describe('now as a Date', () => {
  it('reads the same as the ISO string', () =>
    expect(readTime('下午5点前', new Date('2026-12-07T01:00:00Z')).deadline).toBe(
      '2026-12-07T17:00:00+08:00',
    ));
});
