import { describe, expect, it } from 'vitest';
import { normalize, overlap, sameNotice } from '../../../src/core/text/index';
import { NOTICES } from './fixtures';

describe('overlap', () => {
  it('is containment of the shorter in the longer', () => {
    expect(overlap('abcdef', 'xxabcdefyy')).toBe(1);
    expect(overlap('abcdef', 'uvwxyz')).toBe(0);
    expect(overlap('', 'abc')).toBe(0);
  });
});

describe('sameNotice: relays', () => {
  const f = NOTICES.festival;
  it('matches a relay with a prefix line and a trailing line', () => {
    expect(sameNotice(f, `转县应急管理局通知：\n${f}\n请各村（社区）抓紧落实。`)).toBe(true);
  });
  it('matches a traditional-character relay with @所有人', () => {
    const trad =
      '@所有人 轉發：各鎮（街道）：根據《關於做好2027年春節期間安全生產工作的通知》要求，請於1月15日前報送本單位春節期間安全隱患排查台賬（附件1），同時報送排查中發現的重大隱患清單。聯繫人：劉明，電話8823011。';
    expect(sameNotice(f, trad)).toBe(true);
  });
  it('matches a relay that dropped the trailing clause and changed punctuation', () => {
    const relay = NOTICES.article.replace('，县委宣传部将通报各单位转发情况。', '.').replaceAll('，', ', ');
    expect(sameNotice(NOTICES.article, relay.replaceAll('“', "'").replaceAll('”', "'"))).toBe(true);
  });
  it('matches a relay whose added line carries its own deadline', () => {
    expect(sameNotice(f, `${f}\n请各村于1月13日前报镇安监站汇总。`)).toBe(true);
  });
});

describe('sameNotice: near misses', () => {
  it('keeps apart one template asking for a different form', () => {
    expect(normalize(NOTICES.festival).length).toBeGreaterThan(0);
    expect(overlap(normalize(NOTICES.festival), normalize(NOTICES.festivalDuty))).toBeGreaterThan(0.7);
    expect(sameNotice(NOTICES.festival, NOTICES.festivalDuty)).toBe(false);
  });
  it('keeps apart one template asking for a different plan', () => {
    expect(sameNotice(NOTICES.training, NOTICES.rectification)).toBe(false);
  });
  it('keeps apart one template for a different article', () => {
    expect(sameNotice(NOTICES.article, NOTICES.articleOther)).toBe(false);
  });
  it('keeps apart one notice for a different date', () => {
    expect(sameNotice(NOTICES.meeting, NOTICES.meeting.replace('3月12日（周四）', '3月19日（周四）'))).toBe(
      false,
    );
    expect(sameNotice(NOTICES.flood, NOTICES.flood.replace('6月3日', '6月10日'))).toBe(false);
  });
  it('keeps apart a substituted deadline sentence', () => {
    const a = '各村：请组织开展一次冬季用电安全入户宣传，做好宣传记录。截止时间：12月8日。';
    expect(sameNotice(a, a.replace('12月8日', '12月18日'))).toBe(false);
  });
  it('does not match a short line that happens to sit inside a notice', () => {
    expect(sameNotice('请抓紧落实', `${NOTICES.flood}请抓紧落实`)).toBe(false);
  });
});
