import { factsAgree, factsWithin } from './facts-agree';
import { type KeyFacts, keyFacts } from './key-facts';
import { normalize } from './normalize';
import { splitSegments } from './segments';
import { overlap, shingles } from './shingles';

/** Minimum containment of the shorter normalized text in the longer one. */
export const SAME_NOTICE_OVERLAP = 0.7;
// The shorter text must also be a fair part of the longer one, and not a few words only.
const MIN_SIZE_RATIO = 0.35;
const MIN_SHINGLES = 6;

function hasFacts(f: KeyFacts): boolean {
  return f.dates.length + f.times.length + f.links.length + f.docs.length + f.numbers.length > 0;
}

// A relay may add a line with its own figures ('请各村23日前报镇里'). That is excused only when every
// fact-bearing clause of the other text is copied into this one with its facts, so that a substituted
// date or form (each text then has a clause the other lacks) is never excused.
function copiedInto(b: string, a: string): boolean {
  const aSegs = splitSegments(a).map((s) => ({ key: s.key, facts: keyFacts(s.text) }));
  for (const seg of splitSegments(b)) {
    const f = keyFacts(seg.text);
    if (!hasFacts(f)) continue;
    if (!aSegs.some((x) => x.key.includes(seg.key) && factsWithin(f, x.facts))) return false;
  }
  return true;
}

/** Whether two messages are the same notice (one a relay of the other, or both copies of one). */
export function sameNotice(a: string, b: string): boolean {
  const na = normalize(a);
  const nb = normalize(b);
  const sa = shingles(na).length;
  const sb = shingles(nb).length;
  if (Math.min(sa, sb) < MIN_SHINGLES || Math.min(sa, sb) / Math.max(sa, sb) < MIN_SIZE_RATIO) return false;
  if (overlap(na, nb) < SAME_NOTICE_OVERLAP) return false;
  if (factsAgree(keyFacts(a), keyFacts(b))) return true;
  return copiedInto(a, b) || copiedInto(b, a);
}
