import { Converter } from 'opencc-js';

type Convert = (text: string) => string;

// Building an OpenCC converter loads its dictionaries; do it once, on first use.
let t2s: Convert | undefined;

/** Traditional (Taiwan or standard) → simplified (mainland) characters; punctuation is untouched. */
export function toSimplified(text: string): string {
  if (!t2s) t2s = Converter({ from: 'tw', to: 'cn' });
  return t2s(text);
}
