import { Converter } from 'opencc-js';
import { memo } from './memo';

// Building an OpenCC converter loads its dictionaries: once, on first use. The one converter of the
// project: classify, time and policy read through it too.
let t2s: ((text: string) => string) | undefined;

/** Traditional (Taiwan, Hong Kong or standard) → simplified (mainland) characters; punctuation is untouched. */
export const toSimplified = memo((text: string): string => {
  if (!t2s) t2s = Converter({ from: 'tw', to: 'cn' });
  return t2s(text);
});
