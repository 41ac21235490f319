/** Character k-grams of a normalized text, deduplicated; a text shorter than k is its own shingle. */
export function shingles(norm: string, k = 3): string[] {
  const chars = Array.from(norm);
  if (chars.length === 0) return [];
  if (chars.length <= k) return [chars.join('')];
  const out = new Set<string>();
  for (let i = 0; i + k <= chars.length; i++) out.add(chars.slice(i, i + k).join(''));
  return [...out];
}

/** Containment of two normalized texts: |A∩B| / min(|A|,|B|) over their shingles, 0..1. */
export function overlap(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.length === 0 || sb.length === 0) return 0;
  const [small, large] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  const set = new Set(large);
  let common = 0;
  for (const s of small) if (set.has(s)) common++;
  return common / small.length;
}

/** Share of `part`'s shingles found in `whole` (0 when `part` has none). */
export function containedShare(part: string, whole: string): number {
  const sp = shingles(part);
  if (sp.length === 0) return 0;
  const set = new Set(shingles(whole));
  let common = 0;
  for (const s of sp) if (set.has(s)) common++;
  return common / sp.length;
}
