import { normalizeText } from './normalize.js';

/** Normalised sentences of all texts: the unit within which a rule's words must co-occur. */
export function sentencesOf(texts: readonly string[]): string[] {
  return texts.flatMap((t) =>
    t
      .split(/[。；;！？!?\n]+/)
      .map(normalizeText)
      .filter((s) => s.length > 0),
  );
}
