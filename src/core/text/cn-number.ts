const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Arabic or small Chinese numerals up to 99 ("十" 10, "二十五" 25, "十二" 12); null when not one. */
export function chineseNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const m = /^([零〇一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(word);
  if (!m || word.length === 0) return null;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/** chineseNumber, NaN when unreadable. */
export function readNumber(text: string): number {
  return chineseNumber(text) ?? Number.NaN;
}

export const CN_NUM = '[0-9]{1,2}|[一二两三四五六七八九十]{1,3}';
