import { splitAdded } from './segments';

/**
 * The relayer's own words: the clauses of `relay` not copied from `original`, in order, with their
 * punctuation (in simplified characters). A shortened copy of the original's salutation is not added.
 */
export function addedWords(relay: string, original: string): string {
  return splitAdded(relay, original)
    .added.map((s) => s.text)
    .join('')
    .replace(/[，,]$/, '');
}
