import { explainFlag } from '../policy/index.js';

/**
 * The private note to a leader whose own post carries policy markers: which rule and why, in a
 * few lines, without judging. Null when none of the flags is a known marker.
 */
export function nudgeText(input: {
  title: string;
  groupName: string;
  flags: readonly string[];
}): string | null {
  const lines = input.flags.flatMap((f) => {
    const e = explainFlag(f);
    return e ? [`· ${e.title}：${e.explanation}（依据：${e.source}）`] : [];
  });
  if (lines.length === 0) return null;
  return [
    `您在「${input.groupName}」发布的「${input.title}」，按基层减负的有关规定，可能涉及：`,
    ...lines,
    '如确有必要，可不必理会；如可调整，可在群里补充说明。此提示只发给您本人，同一事项只提示一次。',
  ].join('\n');
}
