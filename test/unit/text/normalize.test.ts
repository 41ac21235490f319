import { describe, expect, it } from 'vitest';
import { normalize, toSimplified } from '../../../src/core/text/index';

describe('toSimplified', () => {
  it('converts traditional characters and keeps punctuation', () => {
    expect(toSimplified('請各鄉鎮於週五前報送臺賬。')).toBe('请各乡镇于周五前报送台账。');
  });
  it('leaves simplified text unchanged', () => {
    expect(toSimplified('请各村抓紧落实，收到请回复。')).toBe('请各村抓紧落实，收到请回复。');
  });
});

describe('normalize', () => {
  it('drops punctuation and whitespace', () => {
    expect(normalize('请各村， 明天 上午前\n报送名单！')).toBe('请各村明天上午前报送名单');
  });
  it('turns full-width letters and digits into half-width and lower-cases latin', () => {
    expect(normalize('登录ＡＰＰ填写１２项')).toBe('登录app填写12项');
    expect(normalize('Scan the QR Code')).toBe('scantheqrcode');
  });
  it('converts traditional characters', () => {
    expect(normalize('請儘快組織清掃積雪')).toBe(normalize('请尽快组织清扫积雪'));
  });
  it('drops @mentions, @所有人 included', () => {
    expect(normalize('@所有人 请今晚前报数')).toBe('请今晚前报数');
    expect(normalize('@张小明 @李红\u2005请今晚前报数')).toBe('请今晚前报数');
  });
  it('drops relay prefixes and bracket tags at the start', () => {
    const body = '各村：请于周五前完成秸秆禁烧巡查。';
    const n = normalize(body);
    expect(normalize(`转发：${body}`)).toBe(n);
    expect(normalize(`转：${body}`)).toBe(n);
    expect(normalize(`轉發：${body}`)).toBe(n);
    expect(normalize(`转县林业局通知：\n${body}`)).toBe(n);
    expect(normalize(`转镇综治办的紧急通知 ${body}`)).toBe(n);
    expect(normalize(`【重要通知】【紧急】${body}`)).toBe(n);
    expect(normalize(`@所有人 转发：【紧急通知】${body}`)).toBe(n);
  });
  it('keeps a leading 转发 that is the demand itself', () => {
    expect(normalize('转发至朋友圈')).toBe('转发至朋友圈');
  });
  it('drops greetings and sign-offs', () => {
    expect(normalize('各位早上好！请今天下班前报送台账，谢谢大家！辛苦了')).toBe('请今天下班前报送台账');
    expect(normalize('大家好，请今天下班前报送台账。感谢配合')).toBe('请今天下班前报送台账');
  });
  it('does not throw on empty or odd input', () => {
    expect(normalize('')).toBe('');
    expect(normalize('👍👍')).toBe('');
    expect(normalize('【】')).toBe('');
  });
});
