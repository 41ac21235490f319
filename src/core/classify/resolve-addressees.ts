import type { Person, Roster } from '../types.js';
import type { AddresseeSpec } from './addressee-phrase.js';

function matches(spec: AddresseeSpec, p: Person, levelOf: (org: string) => string | undefined): boolean {
  switch (spec.type) {
    case 'all':
      return true;
    case 'mention':
      // Names as written after @; a display name may carry a suffix ("张三(石门村)").
      return spec.names.some((n) => n === p.name || (n.startsWith(p.name) && p.name.length >= 2));
    case 'level':
      return levelOf(p.org) === spec.level;
    case 'title':
      return (!spec.level || levelOf(p.org) === spec.level) && spec.words.some((w) => p.title.includes(w));
  }
}

/**
 * Members of the group addressed by the specs, minus the sender and the bot (section 6).
 * No specs, or specs that match nobody in the group (a title no member holds), address everyone.
 */
export function resolveAddressees(
  specs: AddresseeSpec[],
  groupMembers: string[],
  roster: Roster,
  sender: string,
  bot: string,
): string[] {
  const base = groupMembers.filter((id) => id !== sender && id !== bot && id !== roster.bot);
  if (specs.length === 0 || specs.some((s) => s.type === 'all')) return base;
  const people = new Map(roster.people.map((p) => [p.id, p]));
  const levels = new Map(roster.orgs.map((o) => [o.id, o.level]));
  const levelOf = (org: string) => levels.get(org);
  const picked = base.filter((id) => {
    const p = people.get(id);
    return p !== undefined && specs.some((s) => matches(s, p, levelOf));
  });
  return picked.length > 0 ? picked : base;
}
