import { describe, expect, it } from 'vitest';
import { bandKeys, fingerprint, minhash, normalize, shingles } from '../../../src/core/text/index';
import { NOTICES } from './fixtures';

describe('shingles', () => {
  it('makes deduplicated character 3-grams', () => {
    expect(shingles('abcab')).toEqual(['abc', 'bca', 'cab']);
    expect(shingles('ab')).toEqual(['ab']);
    expect(shingles('')).toEqual([]);
    expect(shingles('abcd', 2)).toEqual(['ab', 'bc', 'cd']);
  });
});

describe('minhash and bandKeys', () => {
  it('is deterministic', () => {
    const sh = shingles(normalize(NOTICES.flood));
    expect(minhash(sh)).toEqual(minhash(sh));
    expect(bandKeys(minhash(sh))).toEqual(bandKeys(minhash(sh)));
  });
  it('makes one short key per band', () => {
    const keys = bandKeys(minhash(shingles('abcdefgh'), 64), 16);
    expect(keys).toHaveLength(16);
    for (const [i, k] of keys.entries()) expect(k).toMatch(new RegExp(`^b${i}:[0-9a-f]{8}$`));
  });
  it('gives near-identical texts a common band key', () => {
    const a = fingerprint(NOTICES.flood);
    const b = fingerprint(`转县水利局通知：\n${NOTICES.flood}\n请各村抓紧落实。`);
    expect(a.bands.some((k) => b.bands.includes(k))).toBe(true);
  });
  it('gives unrelated texts no common band key', () => {
    const texts = [NOTICES.flood, NOTICES.meeting, NOTICES.training, NOTICES.article, NOTICES.festival];
    const fps = texts.map((t) => fingerprint(t));
    for (let i = 0; i < fps.length; i++) {
      for (let j = i + 1; j < fps.length; j++) {
        expect(fps[i]?.bands.some((k) => fps[j]?.bands.includes(k))).toBe(false);
      }
    }
  });
  it('gives an empty text no keys', () => {
    expect(fingerprint('👍 。').bands).toEqual([]);
  });
});
