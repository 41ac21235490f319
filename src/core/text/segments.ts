import { compact } from './compact';
import { containedShare } from './shingles';
import { toSimplified } from './to-simplified';

/** A piece of a relay: its simplified text (punctuation kept) and its compact form. */
export interface Segment {
  text: string;
  key: string;
}

const CLAUSE_END = /(?<=[。！!？?；;])/;
const LEAD_TAG = /^\s*[【〔[][^】〕\]\n]{1,15}[】〕\]]/;
// A short run ending in a colon at the start of a clause: a prefix (转发：) or a salutation (各乡镇：).
const LEAD_COLON = /^[^:：,，。！!？?；;\n]{1,20}(?<!\d)[:：]/;

function peel(clause: string, out: string[]): void {
  let rest = clause.trim();
  for (;;) {
    const m = LEAD_TAG.exec(rest) ?? LEAD_COLON.exec(rest);
    if (!m || m[0].length >= rest.length) break;
    out.push(m[0].trim());
    rest = rest.slice(m[0].length).trim();
  }
  if (rest) out.push(rest);
}

/** Splits a message into lines, clauses (。！？；) and leading tags/prefixes/salutations. */
export function splitSegments(text: string): Segment[] {
  const parts: string[] = [];
  for (const line of toSimplified(text).split(/\r?\n/)) {
    for (const clause of line.split(CLAUSE_END)) peel(clause, parts);
  }
  return parts.map((p) => ({ text: p, key: compact(p) })).filter((s) => s.key.length > 0);
}

// Below this share of its shingles found in the original, a clause is the relayer's own.
const COPIED_SHARE = 0.5;

/** Whether a relay's segment is copied from the original (exactly, shortened, or lightly edited). */
export function isCopied(seg: Segment, originalKey: string): boolean {
  if (originalKey.includes(seg.key)) return true;
  return Array.from(seg.key).length >= 5 && containedShare(seg.key, originalKey) >= COPIED_SHARE;
}

/** The relay's segments that are not copied from `original`, and the ones that are. */
export function splitAdded(relay: string, original: string): { added: Segment[]; kept: Segment[] } {
  const originalKey = compact(original);
  const added: Segment[] = [];
  const kept: Segment[] = [];
  for (const seg of splitSegments(relay)) {
    if (!isCopied(seg, originalKey)) {
      added.push(seg);
      continue;
    }
    // A copied clause may still carry the relayer's words after a comma ('…名单，请各村抓紧落实。').
    if (originalKey.includes(seg.key)) {
      kept.push(seg);
      continue;
    }
    for (const sub of seg.text.split(/(?<=[，,])/)) {
      const part = { text: sub.trim(), key: compact(sub) };
      if (!part.key) continue;
      if (originalKey.includes(part.key) || containedShare(part.key, originalKey) >= COPIED_SHARE)
        kept.push(part);
      else added.push(part);
    }
  }
  return { added, kept };
}
