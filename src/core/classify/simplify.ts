import * as OpenCC from 'opencc-js';

// Local lazy converter; to be folded into src/core/text later. Built on first use because
// loading the dictionaries costs tens of milliseconds.
let converter: ((text: string) => string) | null = null;

export function toSimplifiedLocal(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}

/**
 * The form every rule in this folder reads: NFKC (full-width punctuation becomes ASCII,
 * so '：' is ':' and '（' is '('), traditional characters made simplified, U+2005 etc. as spaces.
 */
export function normalizeText(text: string): string {
  return toSimplifiedLocal(text.normalize('NFKC')).replace(/[\t\u00a0\u2000-\u200b\u3000]/g, ' ');
}
