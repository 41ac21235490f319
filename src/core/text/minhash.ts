import { fmix32, fnv1a } from './hash';
import { normalize } from './normalize';
import { shingles } from './shingles';

// 96 hashes in 32 bands of 3 rows: a relay with Jaccard 0.6 to its original misses every band
// with probability < 1%, while texts sharing only boilerplate (Jaccard ≈ 0.1) rarely collide.
export const MINHASH_SIZE = 96;
export const BANDS = 32;

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE * 4);
  let x = 0x2545f491;
  for (let i = 0; i < seeds.length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    seeds[i] = fmix32(x);
  }
  return seeds;
})();

function seedAt(i: number): number {
  return SEEDS[i % SEEDS.length] ?? 0;
}

/** MinHash signature of a shingle set with fixed seeds (same input → same signature everywhere). */
export function minhash(sh: string[], n = MINHASH_SIZE): Uint32Array {
  const sig = new Uint32Array(n).fill(0xffffffff);
  for (const s of sh) {
    const base = fnv1a(s);
    for (let i = 0; i < n; i++) {
      const h = fmix32(base ^ seedAt(i));
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

/** Locality-sensitive band keys ('b3:1a2b3c4d'): two texts sharing a key are candidates. */
export function bandKeys(sig: Uint32Array, bands = BANDS): string[] {
  const rows = Math.max(1, Math.floor(sig.length / bands));
  const keys: string[] = [];
  for (let b = 0; b < bands && (b + 1) * rows <= sig.length; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = fmix32(h ^ (sig[b * rows + r] ?? 0));
    keys.push(`b${b}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Normalized text and its band keys; a text with nothing left after normalising has no keys. */
export function fingerprint(text: string): { norm: string; bands: string[] } {
  const norm = normalize(text);
  const sh = shingles(norm);
  return { norm, bands: sh.length === 0 ? [] : bandKeys(minhash(sh)) };
}
