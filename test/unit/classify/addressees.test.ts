import { describe, expect, it } from 'vitest';
import { parseAddressees, resolveAddressees } from '../../../src/core/classify/index.js';
import type { Roster } from '../../../src/core/types.js';

// A small county: one township (t1) with two villages (v1, v2) and a county bureau (c1).
const roster: Roster = {
  bot: 'bot',
  orgs: [
    { id: 'c1', name: '某县农业局', level: 'county', parent: null },
    { id: 't1', name: '河口镇', level: 'township', parent: null },
    { id: 'v1', name: '上湾村', level: 'village', parent: 't1' },
    { id: 'v2', name: '柳林社区', level: 'village', parent: 't1' },
  ],
  people: [
    { id: 'a1', name: '钱局长', title: '副局长', org: 'c1', role: 'official' },
    { id: 'b1', name: '高山', title: '党委书记', org: 't1', role: 'leader' },
    { id: 'b2', name: '孔明', title: '党政办主任', org: 't1', role: 'leader' },
    { id: 'b3', name: '严华', title: '包村干部', org: 't1', role: 'leader' },
    { id: 'c1p', name: '朱红', title: '村党支部书记', org: 'v1', role: 'cadre' },
    { id: 'c2p', name: '牛力', title: '村委会主任', org: 'v1', role: 'cadre' },
    { id: 'c3p', name: '马兰', title: '网格员', org: 'v1', role: 'cadre' },
    { id: 'c4p', name: '杜鹃', title: '社区党委副书记、居委会主任', org: 'v2', role: 'cadre' },
    { id: 'c5p', name: '秦风', title: '文书', org: 'v2', role: 'cadre' },
    { id: 'c6p', name: '苗青', title: '网格员', org: 'v2', role: 'cadre' },
  ],
  groups: [],
};
const members = ['bot', 'a1', 'b1', 'b2', 'b3', 'c1p', 'c2p', 'c3p', 'c4p', 'c5p', 'c6p'];
const who = (text: string, sender = 'a1') =>
  resolveAddressees(parseAddressees(text), members, roster, sender, 'bot').sort();
const ALL_BUT_A1 = ['b1', 'b2', 'b3', 'c1p', 'c2p', 'c3p', 'c4p', 'c5p', 'c6p'];
const VILLAGE = ['c1p', 'c2p', 'c3p', 'c4p', 'c5p', 'c6p'];

describe('parseAddressees', () => {
  it('reads @mentions and @所有人', () => {
    expect(parseAddressees('@朱红 @牛力 今天把表发我')).toEqual([
      { type: 'mention', names: ['朱红', '牛力'] },
    ]);
    expect(parseAddressees('@所有人 请转发')).toEqual([{ type: 'all' }]);
  });
  it('reads the salutation after tags', () => {
    expect(parseAddressees('【通知】各乡镇：请报送')).toEqual([{ type: 'level', level: 'township' }]);
  });
  it('a longer phrase wins', () => {
    expect(parseAddressees('各村书记：请参会')).toEqual([
      { type: 'title', words: ['书记'], level: 'village' },
    ]);
    expect(parseAddressees('各乡镇党委书记：请参会')).toEqual([
      { type: 'title', words: ['书记'], level: 'township' },
    ]);
    expect(parseAddressees('各村（社区）书记、主任：请报送')).toEqual([
      { type: 'title', words: ['书记', '主任'], level: 'village' },
    ]);
  });
  it('is empty when nobody is named', () => {
    expect(parseAddressees('请于周五前报送防汛台账。')).toEqual([]);
  });
  it('places are not addressees', () => {
    expect(parseAddressees('各网格员：请把各村党群服务中心的灭火器检查一遍')).toEqual([
      { type: 'title', words: ['网格员'] },
    ]);
    expect(parseAddressees('文件已发至各村邮箱，请查收')).toEqual([]);
  });
  it('a clock time is not a salutation', () => {
    expect(parseAddressees('定于明天上午9:30召开会议，请准时参加')).toEqual([]);
  });
});

describe('resolveAddressees (section 6 rows)', () => {
  it('@某某 → just those people', () => {
    expect(who('@朱红 @苗青 请今天把台账发我')).toEqual(['c1p', 'c6p']);
  });
  it('各村书记 / 各支部书记 / 书记们 → village members titled 书记', () => {
    expect(who('各村书记：明天上午开会')).toEqual(['c1p', 'c4p']);
    expect(who('各支部书记：请报送党员名单')).toEqual(['c1p', 'c4p']);
    expect(who('书记们：请于今晚前报送')).toEqual(['c1p', 'c4p']);
  });
  it('各网格员 / 网格员们 → members titled 网格员', () => {
    expect(who('各网格员：请今天入户走访')).toEqual(['c3p', 'c6p']);
    expect(who('请网格员们今晚前报送走访情况')).toEqual(['c3p', 'c6p']);
  });
  it('各乡镇 / 各镇（街道）/ 各乡镇党委 → township members', () => {
    expect(who('各乡镇：请报送')).toEqual(['b1', 'b2', 'b3']);
    expect(who('各镇（街道）：请报送')).toEqual(['b1', 'b2', 'b3']);
    expect(who('各乡镇党委：请报送')).toEqual(['b1', 'b2', 'b3']);
  });
  it('各村 / 各社区 / 各村（社区） → village members', () => {
    expect(who('各村：请报送')).toEqual(VILLAGE);
    expect(who('各社区：请报送')).toEqual(VILLAGE);
    expect(who('各村（社区）：请报送')).toEqual(VILLAGE);
  });
  it('各村（社区）书记、主任 → village members titled 书记 or 主任, not the township 主任', () => {
    expect(who('各村（社区）书记、主任：请立即排查')).toEqual(['c1p', 'c2p', 'c4p']);
  });
  it('村两委干部 / 各村干部 → village members', () => {
    expect(who('请各村两委干部今晚前把值班表报乡党政办')).toEqual(VILLAGE);
    expect(who('各村干部：请今天打卡')).toEqual(VILLAGE);
  });
  it('各乡镇主要负责同志 → township members', () => {
    expect(who('各乡镇主要负责同志：请准时参会')).toEqual(['b1', 'b2', 'b3']);
  });
  it('各乡镇党委书记 → township members titled 书记', () => {
    expect(who('各乡镇党委书记：请准时参会')).toEqual(['b1']);
  });
  it.each([
    ['@所有人 请转发'],
    ['各位：请报送'],
    ['请大家转发'],
    ['全体：请签到'],
    ['各单位：请填写问卷'],
    ['请于周五前报送'],
  ])('%s → all members', (t) => {
    expect(who(t)).toEqual(ALL_BUT_A1);
  });
  it('各 + a title word: holders of it; nobody holds it → all', () => {
    expect(who('各文书：请报送')).toEqual(['c5p']);
    expect(who('各统计员：请于月底前完成年报填报')).toEqual(ALL_BUT_A1);
  });
  it('words naming no roster attribute → all', () => {
    expect(who('党员同志们：请按时参加主题党日')).toEqual(ALL_BUT_A1);
    expect(who('各村民小组：请今天清理垃圾')).toEqual(ALL_BUT_A1);
  });
  it('places are not addressees', () => {
    expect(who('各网格员：请把各村党群服务中心的取暖设施检查一遍')).toEqual(['c3p', 'c6p']);
    expect(who('防汛预案已发至各村邮箱，请查收，收到请回复')).toEqual(ALL_BUT_A1);
  });
  it('unions', () => {
    expect(who('各村书记、各网格员：明天开会')).toEqual(['c1p', 'c3p', 'c4p', 'c6p']);
    expect(who('各乡镇、各村（社区）：请注意查阅，收到请回复')).toEqual(ALL_BUT_A1);
    expect(who('各乡镇：请报送值班表。请各村（社区）抓紧落实。', 'b1')).toEqual(['b2', 'b3', ...VILLAGE]);
  });
  it('a subject without 请, and a salutation before a date', () => {
    expect(who('明天早上8点前各村把昨晚的值班情况报我')).toEqual(VILLAGE);
    expect(who('各村支部书记：11月30日前务必完成党费收缴。')).toEqual(['c1p', 'c4p']);
  });
  it('the sender and the bot are never addressed', () => {
    expect(who('各村：请报送', 'c1p')).toEqual(['c2p', 'c3p', 'c4p', 'c5p', 'c6p']);
  });
  it('traditional characters', () => {
    expect(who('各鄉鎮：請報送')).toEqual(['b1', 'b2', 'b3']);
  });
});
