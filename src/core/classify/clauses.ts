// Helpers that cut a normalized message into the pieces the rules look at.

/** Leading relay prefixes ("转发:", "转县应急局通知:") and 【…】 tags name nobody and ask nothing. */
const RELAY_PREFIX = /^(?:转发|转|转自|转载)[^\n:。,!?]{0,20}?(?:通知|消息|文件|要求)?:\s*/;
const TAG = /^【[^】]{0,20}】\s*/;
const MENTION = /^@\S+\s*/;

/** Removes leading tags, @mentions and relay prefixes, in any order. */
export function stripLead(text: string): string {
  let t = text.trim();
  for (;;) {
    const next = t.replace(TAG, '').replace(MENTION, '').replace(RELAY_PREFIX, '').trimStart();
    if (next === t) return t;
    t = next;
  }
}

/** Titles in 《》 and quoted names “…” are names, not words of the message ("请收好" in a title). */
export function maskQuoted(text: string): string {
  return text
    .replace(/《[^》]*》/g, '《》')
    .replace(/“[^”]{0,30}”/g, '“”')
    .replace(/"[^"]{0,30}"/g, '""');
}

/** Comma-level clauses. */
export function splitClauses(text: string): string[] {
  return text
    .split(/[,，。!！?？;；\n]+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Sentence-level pieces (a salutation ends at ':'). */
export function splitSentences(text: string): string[] {
  return text
    .split(/[。!！?？;；\n]+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}
