// The type of an uploaded proof, read from its first bytes (the browser's claim is not trusted).
export function imageType(b: Uint8Array): string | null {
  const at = (i: number, s: string) => [...s].every((ch, j) => b[i + j] === ch.charCodeAt(0));
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && at(1, 'PNG')) return 'image/png';
  if (at(0, 'GIF8')) return 'image/gif';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'image/webp';
  if (at(4, 'ftyp') && ['heic', 'heix', 'mif1', 'msf1', 'hevc'].some((x) => at(8, x))) return 'image/heic';
  return null;
}
