import fc from 'fast-check';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { fingerprint, keyFacts, normalize, sameNotice } from '../../../src/core/text/index';
import { NOTICES } from './fixtures';

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const BASES = Object.values(NOTICES);

// Notices where a date and a form name can be swapped: [text, date, other date, form, other form].
const SWAPPABLE: [string, string, string, string, string][] = [
  [NOTICES.festival, '1月15日', '2月15日', '安全隐患排查台账', '烟花爆竹销售台账'],
  [NOTICES.flood, '6月3日', '6月13日', '山塘水库巡查记录', '堤防险工险段巡查记录'],
  [NOTICES.training, '5天内', '10天内', '农村党员集中培训实施方案', '村级换届风险排查方案'],
];

const decoration = fc.record({
  prefix: fc.constantFrom(
    '',
    '转发：',
    '转：',
    '转县应急管理局通知：\n',
    '【重要通知】',
    '【紧急】',
    '@所有人 转发：',
  ),
  before: fc.constantFrom('', '请大家认真对照落实：\n', '各位好！\n'),
  after: fc.constantFrom(
    '',
    '\n请各村（社区）抓紧落实。',
    '请各村抓紧落实，收到请回复。',
    '\n辛苦了，谢谢！',
  ),
  halfWidth: fc.boolean(),
  quotes: fc.boolean(),
  spaces: fc.boolean(),
  traditional: fc.boolean(),
});

type Decoration = typeof decoration extends fc.Arbitrary<infer T> ? T : never;

function relay(text: string, d: Decoration): string {
  let body = text;
  if (d.halfWidth)
    body = body.replaceAll('，', ',').replaceAll('：', ':').replaceAll('（', '(').replaceAll('）', ')');
  if (d.quotes) body = body.replaceAll('“', "'").replaceAll('”', "'");
  if (d.spaces) body = body.replaceAll('，', '， ').replace('：', '：\n');
  let out = `${d.prefix}${d.before}${body}${d.after}`;
  if (d.traditional) out = toTraditional(out);
  return out;
}

describe('properties', () => {
  it('a decorated relay is the same notice as its original', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), decoration, (text, d) => {
        expect(sameNotice(text, relay(text, d))).toBe(true);
        expect(sameNotice(relay(text, d), text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a decorated relay shares a band key with its original', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), decoration, (text, d) => {
        const a = fingerprint(text).bands;
        const b = fingerprint(relay(text, d)).bands;
        expect(a.some((k) => b.includes(k))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('the same notice with another date or form name is not the same notice', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SWAPPABLE),
        decoration,
        fc.boolean(),
        ([text, d1, d2, f1, f2], d, swapDate) => {
          const changed = swapDate ? text.replace(d1, d2) : text.replace(f1, f2);
          expect(changed).not.toBe(text);
          expect(sameNotice(text, relay(changed, d))).toBe(false);
          expect(sameNotice(relay(changed, d), text)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('normalize and keyFacts never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (s) => {
          expect(typeof normalize(s)).toBe('string');
          const f = keyFacts(s);
          expect(Array.isArray(f.dates)).toBe(true);
          expect(typeof sameNotice(s, `${s}。`)).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
