import { blankOut, hasKeyword } from './keyword-match.js';
import { normalizeText, withoutTitles } from './normalize.js';
import { ruleKeywords } from './rules.js';
import type { PolicyTaskView } from './types.js';

const ONLINE_KINDS = new Set(['repost', 'engage', 'checkin']);

/** A screenshot demanded as proof of online activity. */
export function screenshotFlag(task: PolicyTaskView): boolean {
  return task.requires.includes('screenshot') && ONLINE_KINDS.has(task.kind);
}

/**
 * Reposts, likes, votes or points that a source says will be counted, reported, ranked or appraised.
 * Titles and quoted names are ignored, so an article called 《…考核办法》 announces nothing.
 */
export function engagementCountFlag(task: PolicyTaskView): boolean {
  if (task.kind !== 'repost' && task.kind !== 'engage') return false;
  const counted = ruleKeywords('policy:engagement-count', 'counted');
  const names = ruleKeywords('policy:engagement-count', 'notCounted');
  return task.texts.some((t) => hasKeyword(blankOut(withoutTitles(normalizeText(t)), names), counted));
}
