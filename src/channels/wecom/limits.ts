/** Cuts a text to at most `max` UTF-8 bytes without splitting a character, marking the cut with "…". */
export function clipBytes(text: string, max: number): string {
  const enc = new TextEncoder();
  if (enc.encode(text).length <= max) return text;
  let out = '';
  let used = 0;
  const room = max - 3;
  for (const ch of text) {
    const n = enc.encode(ch).length;
    if (used + n > room) break;
    out += ch;
    used += n;
  }
  return `${out}…`;
}

/** WeCom's errcodes that mean "slow down" rather than "wrong". */
export const RATE_LIMITED = new Set([45009, 45033, 45047]);
