// A short title for the inbox: the demand itself, without salutation, tags, mentions or relay prefixes.
const MAX = 28;

export function makeTitle(text: string): string {
  let t = text
    .normalize('NFKC')
    .replace(/@\S+\s*/g, '')
    .replace(/^(?:\s*【[^】]{1,12}】\s*)+/, '')
    .replace(/^(?:转发|转|轉發)[^：:\n]{0,20}[：:]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Drop a leading salutation ("各村（社区）：").
  t = t.replace(/^[^：:。，,]{1,20}[：:]\s*/, '');
  const clauses = t.split(/[。！!；;\n]/).map((c) => c.trim());
  const demand = clauses.find((c) => /请|务必|须|要求/.test(c)) ?? clauses.find((c) => c.length > 0) ?? t;
  const core = demand.replace(/^.*?请(?:于|在)?/, '').replace(/^各[^，,]{1,10}[，,]/, '');
  const title = (core.length >= 4 ? core : demand).replace(/[，,、]$/, '');
  return title.length > MAX ? `${title.slice(0, MAX - 1)}…` : title;
}
