import { type AddresseeSpec, readAddressees } from './addressee-phrase.js';
import { maskQuoted } from './clauses.js';
import { normalizeText } from './simplify.js';

export type { AddresseeSpec } from './addressee-phrase.js';

const MENTION = /@([^\s@,，:：。!！?？、;；]{1,16})/g;
const ALL_MENTION = /^(?:所有人|全体成员|all|All|ALL|everyone)$/;
// A leading clause ending in ':' (not a clock time "9:30"): a salutation, a tag or a relay prefix.
const LEADING_CLAUSE = /^\s*([^:\n。!?]{1,40}?)(?:(?<!\d):|:(?!\d))/;
const TAG = /^\s*【[^】]{0,20}】/;
// An addressee opens a clause: after punctuation, a space or an emoji (anything but a Chinese character), or a time.
const SUBJECT_START =
  /(^|(?<=[^\u4e00-\u9fa5])|前|内|[点时日号天晚午早])(?=各|全体|所有|大家|同志们|[\u4e00-\u9fa5]{2,4}们)/g;
const SUBJECT_NEXT =
  /^\s*(?:要|需|须|应|务必|必须|及时|按时|准时|抓紧|于|在|将|把|立即|尽快|马上|速|每天|今天|明天|今晚|本周|下周)/;

function add(specs: AddresseeSpec[], more: AddresseeSpec[]): void {
  for (const s of more) {
    if (!specs.some((x) => JSON.stringify(x) === JSON.stringify(s))) specs.push(s);
  }
}

/** Who a message addresses (section 6): @mentions, the salutation and the subject of each 请. */
export function parseAddressees(text: string): AddresseeSpec[] {
  const t = maskQuoted(normalizeText(text));
  const specs: AddresseeSpec[] = [];
  const names: string[] = [];
  for (const m of t.matchAll(MENTION)) {
    const name = m[1] ?? '';
    if (ALL_MENTION.test(name)) add(specs, [{ type: 'all' }]);
    else if (!names.includes(name)) names.push(name);
  }
  if (names.length > 0) specs.push({ type: 'mention', names });

  // Salutations: leading clauses ending in ':' once tags and @mentions are gone ("转发:各乡镇:" reads both).
  let body = t;
  for (let n = 0; n < 4; n++) {
    body = body.replace(TAG, '').replace(/^\s*(?:@\S+\s*)+/, '');
    const m = LEADING_CLAUSE.exec(body);
    if (!m) break;
    // "通知各村主任:" / "致各网格员:": the verb in front of a salutation names nobody.
    const clause = (m[1] ?? '')
      .replace(/^(?:再提醒一下|提醒一下|另外)[,，]?/, '')
      .replace(/^(?:通知|致|告|提醒)/, '')
      .trim();
    const read = readAddressees(clause.replace(/^请/, ''));
    if (read.specs.length > 0 && read.length >= clause.replace(/^请/, '').length - 6) add(specs, read.specs);
    body = body.slice(m[0].length);
  }
  // Subjects of demands: "请各网格员…", "请大家…", "请各村两委干部把…".
  for (const m of t.matchAll(/请/g)) {
    const after = t.slice((m.index ?? 0) + 1);
    add(specs, readAddressees(after).specs);
  }
  // Subjects without 请: "明天8点前各村把…报我", "各村要在周五前…"; not "报各村邮箱" or "统计各单位…".
  for (const m of t.matchAll(SUBJECT_START)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    const read = readAddressees(t.slice(at));
    if (read.specs.length > 0 && SUBJECT_NEXT.test(t.slice(at + read.length))) add(specs, read.specs);
  }
  return specs;
}
