import { hasKeyword } from './keyword-match.js';
import { withoutTitles } from './normalize.js';
import { ruleKeywords } from './rules.js';
import { sentencesOf } from './sentences.js';
import type { PolicyTaskView } from './types.js';

const kw = (list: string) => ruleKeywords('policy:checkin', list);

/** Blanks out offices, meetings and documents named after a safety domain (县防汛办, 森林防火指挥部…). */
function withoutSafetyNames(sentence: string): string {
  let out = withoutTitles(sentence);
  for (const domain of kw('safetyDomain')) {
    for (const suffix of kw('nameSuffix')) {
      const re = new RegExp(`${domain}[\\u4e00-\\u9fa5]{0,4}?${suffix}`, 'g');
      out = out.replace(re, (m) => (hasKeyword(m, kw('safetyDuty')) && suffix !== '办' ? m : '□'));
    }
  }
  return out;
}

/** The duty checked in for (or replied about) is itself safety or emergency work. */
export function isSafetyDuty(texts: readonly string[]): boolean {
  return sentencesOf(texts).some((raw) => {
    const s = withoutSafetyNames(raw);
    if (hasKeyword(s, kw('safetyDuty'))) return true;
    return hasKeyword(s, kw('safetyDomain')) && hasKeyword(s, kw('dutyActivity'));
  });
}

function isRecurring(task: PolicyTaskView): boolean {
  if (task.recurrence) return true;
  return sentencesOf(task.texts).some((s) => hasKeyword(s, kw('recurring')));
}

/** A standing demand to answer within minutes ("今后群内消息须5分钟内回复", "即时回复"). */
export function demandsInstantReply(texts: readonly string[]): boolean {
  const sentences = sentencesOf(texts);
  if (sentences.some((s) => hasKeyword(s, kw('alwaysInstant')))) return true;
  const all = sentences.join('。');
  return sentences.some((s) => hasKeyword(s, kw('instantReply'))) && hasKeyword(all, kw('standing'));
}

/** Recurring check-ins and standing instant-reply demands, unless the duty is safety/emergency work. */
export function checkinFlag(task: PolicyTaskView): boolean {
  const forced = (task.kind === 'checkin' && isRecurring(task)) || demandsInstantReply(task.texts);
  return forced && !isSafetyDuty(task.texts);
}
