import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/index.js';

describe('kinds (section 2)', () => {
  it.each([
    ['各村：请于今晚8点前在本群打卡报平安。', 'checkin'],
    ['请大家将公众号推送的文章分享到朋友圈。', 'repost'],
    ['请大家今天内为我镇选送的作品点赞、投票。', 'engage'],
    ['请各支部书记本周内完成“学习强国”专题答题。', 'engage'],
    ['各村：请于周五前报送秋季征兵摸底名单。', 'report'],
    ['各单位：请通过以下链接填写满意度问卷。', 'report'],
    ['各村：定于明天下午3点在镇政府召开防汛工作会议，请村支书参会。', 'meeting'],
    ['请各网格员今天对辖区出租房开展一次消防安全检查。', 'task'],
    ['各村：县里的防汛预案已发至各村邮箱，请查收，收到请回复。', 'ack'],
    ['@所有人 《安全须知》已上传群文件，请认真阅读，阅读后接龙。', 'ack'],
  ])('%s → %s', (t, kind) => {
    expect(classify(t).kind).toBe(kind);
  });

  it('meeting first: a meeting that also asks for photos afterwards', () => {
    expect(
      classify('各支部：定于周六上午在村委会召开党员大会，请组织党员参加，会后将会议照片发群。').kind,
    ).toBe('meeting');
  });
  it('report before engage: tallying study points is a report', () => {
    expect(classify('各支部书记：请于月底前统计本支部党员学习强国积分并报组织办。').kind).toBe('report');
  });
  it('report before task: inspect, then report what was found', () => {
    expect(classify('各网格员：请今天排查辖区燃气使用情况，明早9点前把排查情况报我。').kind).toBe('report');
  });
  it('checkin before repost', () => {
    expect(classify('请大家每天在群里打卡，并转发当天的安全提示。').kind).toBe('checkin');
  });
  it('repost before engage', () => {
    expect(classify('请大家转发这条视频并点赞。').kind).toBe('repost');
  });
  it('a conditional report does not make the kind ("发现问题报…")', () => {
    expect(classify('各网格员：请逐户走访独居老人，发现问题及时报镇综治中心。').kind).toBe('task');
  });
  it('the issuer counting reposts is not a report demand', () => {
    expect(classify('请将这篇文章转发至朋友圈，县委宣传部将统计各单位转发情况。').kind).toBe('repost');
  });
  it('sending photos of the work is proof, not the kind', () => {
    expect(classify('@赵六 今天下午把桥头的积雪清理掉，清理完把现场照片发群里。').kind).toBe('task');
  });
  it('collecting photos and nothing else is a report', () => {
    expect(classify('@赵六 明天把上周入户走访照片整理好发我。').kind).toBe('report');
  });
  it('ack plus work is a task that requires ack', () => {
    expect(classify('各村：春节期间实行24小时值班，收到请回复。')).toEqual({
      directive: true,
      kind: 'task',
      requires: ['ack'],
    });
  });
  it('a kind ack task always requires ack', () => {
    expect(classify('各位：文件已发邮箱，请注意查阅。').requires).toContain('ack');
  });
});

describe('requires (section 3)', () => {
  const req = (t: string) => classify(t).requires;
  it('screenshot', () => {
    expect(req('请大家转发至朋友圈，并截图发群。')).toEqual(['screenshot']);
    expect(req('请将海报转发到村民群，截屏回传。')).toEqual(['screenshot']);
  });
  it('no screenshot when it is waived', () => {
    expect(req('请大家转发至朋友圈，无需截图。')).toEqual([]);
  });
  it('photo', () => {
    expect(req('各村：明天前完成道路积雪清理，完成后拍照发群。')).toEqual(['photo']);
    expect(req('有问题的拍照发我。请大家今天巡查一遍各自网格。')).toEqual(['photo']);
  });
  it.each([
    ['各村：请于周五前将防汛物资台账报镇应急办。'],
    ['@吴七 下班前把党员花名册发我。'],
    ['各乡镇：请报送年度工作总结。'],
    ['请各村把值班记录表整理好，明天上午报镇党政办。'],
    ['请于下周一前将入户走访登记表扫描件发镇民政办。'],
    ['请于周五前将老人体检统计表报卫生院，同时在群里报一下总人数。'],
  ])('file: %s', (t) => {
    expect(req(t)).toContain('file');
  });
  it.each([
    ['各村：今晚前把需要安置的人数在群里报一下。'],
    ['各网格员：明早8点前把走访情况汇总报我。'],
    ['请半小时内把你们村的受灾户数量报我。'],
    ['各单位：请通过链接完成调查问卷填写。'],
    ['各村统计员：请于月底前通过联网直报平台完成年报填报。'],
    ['值班安排表已发群里，请按表执行，收到请回复。'],
  ])('not file: %s', (t) => {
    expect(req(t)).not.toContain('file');
  });
  it('ack only on an explicit demand', () => {
    expect(req('各村：请于周五前报送防汛台账，收到请回复。')).toEqual(['file', 'ack']);
    expect(req('能参加的请接龙。本周日上午在村委会开展义务劳动。')).toContain('ack');
    expect(req('各村：请于周五前报送防汛台账。')).not.toContain('ack');
  });
});

describe('what the issuer says it will do is not a demand, but the readers’ part is', () => {
  it('keeps the screenshot the readers must collect next to the issuer’s own 通报', () => {
    const c = classify(
      '各单位：请将《冬夜暖流》转发至工作群，并将截图汇总后报宣传科，宣传科将对转发情况进行通报。',
    );
    expect(c.kind).toBe('repost');
    expect(c.requires).toEqual(['screenshot']);
  });

  it('does not read a count the county will publish as a report demand', () => {
    const c = classify('@所有人 请各单位干部于月底前下载注册“乡村通”APP，各单位注册人数将在全县通报。');
    expect(c.kind).not.toBe('report');
  });
});
