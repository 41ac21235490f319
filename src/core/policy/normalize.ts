import { toSimplified } from '../text/index.js';

// Relays may be in traditional characters or full-width forms; the keyword lists are simplified.

/** Simplified, half-width, lower-case ASCII, without whitespace. */
export function normalizeText(text: string): string {
  const halfWidth = text.replace(/[\uff01-\uff5e]/g, (ch) => {
    const c = ch.charCodeAt(0);
    // Keep the Chinese punctuation that the extractors rely on (，：；（）！？).
    if ('，：；（）！？'.includes(ch)) return ch;
    return String.fromCharCode(c - 0xfee0);
  });
  return toSimplified(halfWidth)
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/** Text without the contents of book-title marks and quotes: titles and names, not demands. */
export function withoutTitles(text: string): string {
  return text
    .replace(/《[^》]*》/g, '《》')
    .replace(/“[^”]{0,30}”/g, '“”')
    .replace(/"[^"]{0,30}"/g, '""');
}
