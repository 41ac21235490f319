import { hasKeyword } from './keyword-match.js';
import { ruleKeywords } from './rules.js';
import { sentencesOf } from './sentences.js';
import type { PolicyTaskView } from './types.js';

const kw = (list: string) => ruleKeywords('policy:app', list);

const namesApp = (s: string) => hasKeyword(s, kw('appWord')) || hasKeyword(s, kw('knownApp'));

/** Daily or every-workday use, from the recurrence or the words of a source. */
function isDailyUse(task: PolicyTaskView, sentences: readonly string[]): boolean {
  const r = task.recurrence ?? '';
  if (r.includes('FREQ=DAILY')) return true;
  const days = /BYDAY=([A-Z,]+)/.exec(r)?.[1]?.split(',').length ?? 0;
  if (r.includes('FREQ=WEEKLY') && days >= 5) return true;
  return sentences.some((s) => hasKeyword(s, kw('daily')));
}

/**
 * Downloading, installing or registering in an app (the app named in the same sentence, so
 * "下载附件" is not one), using it daily, or promoting its installation by numbers.
 */
export function appFlag(task: PolicyTaskView): boolean {
  const sentences = sentencesOf(task.texts);
  const install = sentences.some((s) => namesApp(s) && hasKeyword(s, kw('install')));
  if (install) return true;
  const promote = sentences.some((s) => namesApp(s) && hasKeyword(s, kw('promote')));
  if (promote) return true;
  // Daily use is a demand of the task itself; a report that tallies usage does not demand it.
  if (task.kind === 'report' || task.kind === 'meeting') return false;
  if (sentences.some((s) => namesApp(s) && hasKeyword(s, kw('regularUse')))) return true;
  return sentences.some(namesApp) && isDailyUse(task, sentences);
}
