// Keywords are plain strings with two wildcards, so that rules stay data:
// '…' = up to 12 characters inside one sentence, '{n}' = a number (Arabic or Chinese).
const cache = new Map<string, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function keywordPattern(keyword: string): RegExp {
  const hit = cache.get(keyword);
  if (hit) return hit;
  const source = keyword
    .split('…')
    .map((part) => part.split('{n}').map(escapeRegExp).join('[0-9一二三四五六七八九十两半几]+'))
    .join('[^。；！？!?\\n]{0,12}?');
  const re = new RegExp(source);
  cache.set(keyword, re);
  return re;
}

export function matchesKeyword(text: string, keyword: string): boolean {
  return keywordPattern(keyword).test(text);
}

/** The first keyword of the list found in the text, or undefined. */
export function findKeyword(text: string, keywords: readonly string[]): string | undefined {
  return keywords.find((k) => matchesKeyword(text, k));
}

export function hasKeyword(text: string, keywords: readonly string[]): boolean {
  return findKeyword(text, keywords) !== undefined;
}

/** The text with every occurrence of the given words blanked out (to ignore names and places). */
export function blankOut(text: string, words: readonly string[]): string {
  let out = text;
  for (const w of words) out = out.split(w).join('□');
  return out;
}
