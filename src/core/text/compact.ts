import { toSimplified } from './to-simplified';

/** Simplified characters, NFKC (full-width → half-width), lower-case latin; punctuation kept. */
export function clean(text: string): string {
  return toSimplified(text).normalize('NFKC').toLowerCase();
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Drops everything but letters and digits (punctuation, whitespace, symbols, emoji). */
export function stripNonWord(text: string): string {
  return text.replace(NOT_WORD, '');
}

/** `clean` then `stripNonWord`: the form used to ask "is this clause a copy of that text". */
export function compact(text: string): string {
  return stripNonWord(clean(text));
}
