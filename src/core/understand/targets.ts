// Which existing task a message refers to: a reminder or change (by what it names), or a reply
// (by quote, else the most recent posting in the group that fits; conventions, section 7).
import { keyFacts, normalize } from '../text/index.js';
import type { Kind } from '../types.js';
import { occurrenceOf } from './occurrence.js';
import { lastPostedIn, type TaskView } from './views.js';

// Words every notice shares; they say nothing about which task a reminder means.
const GENERIC =
  /再提醒|提醒|一下|抓紧|按时|准时|请|今天|明天|后天|上午|下午|晚上|下班|截止|截至|目前|还有|还没|没有|没报|尚未|报送|报齐|必须|要求|时间|通知|各村|社区|乡镇|党委|同志|前|的|了|和|在|将|于|把|我|你|们|县|镇|乡|村|点|日|月|号|\d+/g;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Share of the shorter name's bigrams found in the longer: "医保缴费进度表" names "…医保参保缴费进度表". */
function containment(a: string, b: string): number {
  const [A, B] = a.length <= b.length ? [bigrams(a), bigrams(b)] : [bigrams(b), bigrams(a)];
  if (A.size === 0) return a === b ? 1 : 0;
  let both = 0;
  for (const x of A) if (B.has(x)) both++;
  return both / A.size;
}

const ANNEX = /^附件/;

/**
 * How strongly a short message (reminder, change) refers to a task: by the forms and documents it names,
 * else by the share of its content bigrams found in the task's texts. -1 when a named annex contradicts.
 */
export function referenceScore(text: string, task: TaskView): number {
  const docs = keyFacts(text).docs;
  const taskDocs = new Set(task.sources.flatMap((s) => keyFacts(s.text).docs));
  const annexes = docs.filter((d) => ANNEX.test(d));
  const taskAnnexes = [...taskDocs].filter((d) => ANNEX.test(d));
  if (annexes.length > 0 && taskAnnexes.length > 0 && !annexes.some((a) => taskDocs.has(a))) return -1;
  let docScore = 0;
  for (const d of docs) {
    if (ANNEX.test(d)) continue;
    for (const t of taskDocs) docScore = Math.max(docScore, containment(d, t));
  }
  const mine = bigrams(normalize(text).replace(GENERIC, '|'));
  for (const b of [...mine]) if (b.includes('|')) mine.delete(b);
  let textScore = 0;
  if (mine.size >= 3) {
    for (const s of task.sources) {
      const theirs = bigrams(s.norm);
      let hits = 0;
      for (const b of mine) if (theirs.has(b)) hits++;
      if (hits >= 3) textScore = Math.max(textScore, hits / mine.size);
    }
  }
  return Math.max(docScore >= 0.7 ? docScore : 0, textScore >= 0.3 ? textScore : 0);
}

/** The task a reminder, deadline change or cancellation refers to, among tasks posted in its group. */
export function findReferencedTask(text: string, tasks: TaskView[]): TaskView | null {
  let best: { task: TaskView; score: number } | null = null;
  for (const task of tasks) {
    const score = referenceScore(text, task);
    if (score <= 0) continue;
    if (!best || score > best.score || (score === best.score && task.seq > best.task.seq))
      best = { task, score };
  }
  return best?.task ?? null;
}

function byLatestPosting(groupId: string | null) {
  return (a: TaskView, b: TaskView) =>
    Date.parse(lastPostedIn(b, groupId) ?? '0') - Date.parse(lastPostedIn(a, groupId) ?? '0') ||
    b.seq - a.seq;
}

/** "收到": the quoted message's task if it asks for ack; else the latest posted task in the group asking ack of the person. */
export function ackTarget(
  personId: string,
  groupId: string,
  quoted: TaskView | null,
  hadQuote: boolean,
  tasks: TaskView[],
): TaskView | null {
  const fits = (t: TaskView) =>
    t.status === 'open' && t.assignees.includes(personId) && (t.requires.includes('ack') || t.kind === 'ack');
  if (hadQuote) return quoted && fits(quoted) ? quoted : null;
  return (
    tasks.filter((t) => fits(t) && lastPostedIn(t, groupId) !== null).sort(byLatestPosting(groupId))[0] ??
    null
  );
}

/** "已转发"/"已报送"/…: the quoted task, else the person's latest posted task of that kind not yet done. */
export function doneTarget(
  personId: string,
  groupId: string | null,
  kind: Kind | 'any',
  quoted: TaskView | null,
  hadQuote: boolean,
  tasks: TaskView[],
  at: string,
): TaskView | null {
  const notDone = (t: TaskView) => {
    const occ = occurrenceOf(t, at);
    return !t.completions.some((c) => c.personId === personId && c.status === 'done' && c.occurrence === occ);
  };
  const fits = (t: TaskView) => t.status === 'open' && t.assignees.includes(personId);
  if (hadQuote) return quoted && fits(quoted) ? quoted : null;
  return (
    tasks
      .filter((t) => fits(t) && (kind === 'any' || t.kind === kind) && notDone(t))
      .filter((t) => lastPostedIn(t, groupId) !== null)
      .sort(byLatestPosting(groupId))[0] ?? null
  );
}
