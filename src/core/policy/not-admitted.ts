import { normalizeText } from './normalize.js';
import type { NotAdmittedItem, PolicyTaskView } from './types.js';

/** Names of the county's not-admitted matters that a source of the task names by one of their keywords. */
export function notAdmittedMatches(
  task: Pick<PolicyTaskView, 'texts'>,
  items: readonly NotAdmittedItem[],
): string[] {
  const texts = task.texts.map(normalizeText);
  return items
    .filter((item) =>
      item.keywords.some((k) => {
        const key = normalizeText(k);
        return key.length > 0 && texts.some((t) => t.includes(key));
      }),
    )
    .map((item) => item.name);
}
