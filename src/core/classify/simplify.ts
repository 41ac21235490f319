import { toSimplified } from '../text/index.js';

/**
 * The form every rule in this folder reads: NFKC (full-width punctuation becomes ASCII,
 * so '：' is ':' and '（' is '('), traditional characters made simplified, U+2005 etc. as spaces.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).replace(/[\t\u00a0\u2000-\u200b\u3000]/g, ' ');
}
