import type { Roster } from '../types.js';
import type { BurdenScope } from './types.js';

/** Who is asking: the county's administrator, or one person (through the pages' session, later). */
export type BurdenViewer =
  | { type: 'admin'; county?: string }
  | { type: 'person'; county: string; personId: string };

/**
 * The county sees every scope; a person sees their own numbers, and a township leader also the
 * township's (which lists issuing organisations, never people).
 */
export function mayViewBurden(
  viewer: BurdenViewer,
  scope: BurdenScope,
  roster: Pick<Roster, 'people'>,
): boolean {
  if (viewer.type === 'admin') return true;
  if (scope.type === 'person') return scope.id === viewer.personId;
  if (scope.type === 'township') {
    const me = roster.people.find((p) => p.id === viewer.personId);
    return me?.role === 'leader' && me.org === scope.id;
  }
  return false;
}
