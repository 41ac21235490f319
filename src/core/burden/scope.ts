// Who a burden scope covers, and which organisation a task comes from (rolled up to a county
// department or a township, so a village's own notices count under its township).
import type { Roster } from '../types.js';
import type { BurdenScope, BurdenTask, IssuerRow } from './types.js';

type RosterPart = Pick<Roster, 'orgs' | 'people'>;

export interface ResolvedScope {
  name: string;
  people: Set<string>;
}

/** The people a scope covers; null when the township or person is not in the roster. */
export function resolveScope(scope: BurdenScope, roster: RosterPart): ResolvedScope | null {
  if (scope.type === 'county') {
    const top = roster.orgs.find((o) => o.parent === null);
    return { name: top?.name ?? '全县', people: new Set(roster.people.map((p) => p.id)) };
  }
  if (scope.type === 'township') {
    const town = roster.orgs.find((o) => o.id === scope.id && o.level === 'township');
    if (!town) return null;
    const orgIds = new Set([town.id, ...roster.orgs.filter((o) => o.parent === town.id).map((o) => o.id)]);
    return {
      name: town.name,
      people: new Set(roster.people.filter((p) => orgIds.has(p.org)).map((p) => p.id)),
    };
  }
  const person = roster.people.find((p) => p.id === scope.id);
  return person ? { name: person.name, people: new Set([person.id]) } : null;
}

/** "county" | "township:o2" | "person:p21" → a scope; null when malformed. */
export function parseScope(raw: string | undefined): BurdenScope | null {
  if (!raw || raw === 'county') return { type: 'county' };
  const m = /^(township|person):([\w.-]{1,64})$/.exec(raw);
  if (!m) return null;
  return { type: m[1] as 'township' | 'person', id: m[2]! };
}

export function scopeKey(scope: BurdenScope): string {
  return scope.type === 'county' ? 'county' : `${scope.type}:${scope.id}`;
}

type Issuer = Pick<IssuerRow, 'id' | 'name' | 'level'>;

const FORWARDED: Issuer = { id: 'forwarded', name: '本人转给助手（来源未注明）', level: 'forwarded' };
const UNKNOWN: Issuer = { id: 'unknown', name: '名册外人员', level: 'unknown' };

export function issuingOrg(task: BurdenTask, roster: RosterPart): Issuer {
  if (task.originRole === 'forward') return FORWARDED;
  const person = roster.people.find((p) => p.id === task.issuerId);
  let org = roster.orgs.find((o) => o.id === person?.org);
  if (!org) return UNKNOWN;
  if (org.level === 'village') org = roster.orgs.find((o) => o.id === org?.parent) ?? org;
  return { id: org.id, name: org.name, level: org.level === 'county' ? 'county' : 'township' };
}
