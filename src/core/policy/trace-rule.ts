import { blankOut, hasKeyword } from './keyword-match.js';
import { ruleKeywords } from './rules.js';
import { sentencesOf } from './sentences.js';
import type { PolicyTaskView } from './types.js';

const kw = (list: string) => ruleKeywords('policy:trace', list);

/**
 * A location or track, or photos as proof that a meeting or activity took place.
 * Photos of on-site work (houses inspected, roads cleared) show a result and are not flagged.
 */
export function traceFlag(task: PolicyTaskView): boolean {
  if (task.kind === 'meeting' && task.requires.includes('photo')) return true;
  return sentencesOf(task.texts).some((raw) => {
    const s = blankOut(raw, [...kw('notLocation'), ...kw('notActivity')]);
    return hasKeyword(s, kw('location')) || hasKeyword(s, kw('activityPhoto'));
  });
}
