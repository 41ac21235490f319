// XML from WeCom is parsed with entity expansion off, and a body that declares a DTD or entities is
// refused outright: the classic billion-laughs and external-entity attacks need one of those.
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  trimValues: false,
  cdataPropName: '__cdata',
});

const DTD = /<!DOCTYPE|<!ENTITY/i;

export function hasDtd(text: string): boolean {
  return DTD.test(text);
}

/** The children of the `<xml>` root as strings, or null when the text is not such a document. */
export function parseWecomXml(text: string): Record<string, string> | null {
  if (hasDtd(text)) return null;
  let doc: unknown;
  try {
    doc = parser.parse(text, true);
  } catch {
    return null;
  }
  const root = (doc as { xml?: unknown } | null)?.xml;
  if (!root || typeof root !== 'object' || Array.isArray(root)) return null;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(root as Record<string, unknown>)) {
    if (k === '#text') continue;
    if (typeof v === 'string') out[k] = decodePredefined(v);
    else if (v && typeof v === 'object' && '__cdata' in v)
      out[k] = String((v as { __cdata: unknown }).__cdata);
  }
  return out;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Only XML's five predefined entities and character references: nothing can expand. */
function decodePredefined(v: string): string {
  return v.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (m, name: string) => {
    if (name[0] !== '#') return PREDEFINED[name.toLowerCase()] ?? m;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
