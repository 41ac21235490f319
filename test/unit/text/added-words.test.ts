import { describe, expect, it } from 'vitest';
import { addedWords } from '../../../src/core/text/index';
import { NOTICES } from './fixtures';

describe('addedWords', () => {
  const f = NOTICES.festival;
  it('returns the prefix and the trailing line with their punctuation', () => {
    expect(addedWords(`转县应急管理局通知：\n${f}\n请各村（社区）抓紧落实。`, f)).toBe(
      '转县应急管理局通知：请各村（社区）抓紧落实。',
    );
  });
  it('returns a bracket tag and a line added before', () => {
    expect(addedWords(`【紧急通知】${f}`, f)).toBe('【紧急通知】');
    expect(addedWords(`请大家认真对照落实：\n${f}`, f)).toBe('请大家认真对照落实：');
  });
  it('returns the mention and prefix of a traditional relay, in simplified characters', () => {
    const trad =
      '@所有人 轉發：各鎮（街道）：根據《關於做好2027年春節期間安全生產工作的通知》要求，請於1月15日前報送本單位春節期間安全隱患排查台賬（附件1）。';
    expect(addedWords(trad, f)).toBe('@所有人 转发：');
  });
  it('does not count a shortened copy of the salutation', () => {
    const original = '各镇（街道）、各村（社区）：请于本周五前完成辖区内危桥排查。';
    expect(addedWords('各镇（街道）：请于本周五前完成辖区内危桥排查。请各村配合。', original)).toBe(
      '请各村配合。',
    );
  });
  it('finds words added after a comma inside a copied sentence', () => {
    const original = '各村：请于本周五前完成辖区内危桥排查并建立台账。';
    expect(addedWords('各村：请于本周五前完成辖区内危桥排查并建立台账，收到请回复。', original)).toBe(
      '收到请回复。',
    );
  });
  it('returns nothing for a plain copy', () => {
    expect(addedWords(f, f)).toBe('');
    expect(addedWords('', f)).toBe('');
  });
});
