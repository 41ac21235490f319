import type { KeyFacts } from './key-facts';

type Match = (small: string, large: string) => boolean;

const same: Match = (a, b) => a === b;
// A bare day ('d24') written in one copy agrees with a full date on that day ('11-24') in the other.
const sameDate: Match = (a, b) =>
  a === b ||
  (a.startsWith('d') && b.endsWith(`-${a.slice(1)}`)) ||
  (b.startsWith('d') && a.endsWith(`-${b.slice(1)}`));

function within(small: string[], large: string[], match: Match): boolean {
  return small.every((x) => large.some((y) => match(x, y)));
}

// A relay may drop a clause, so one side's facts only need to be contained in the other's.
function agree(a: string[], b: string[], match: Match): boolean {
  return within(a, b, match) || within(b, a, match);
}

/** True when every fact of `small` is among the facts of `large`, category by category. */
export function factsWithin(small: KeyFacts, large: KeyFacts): boolean {
  return (
    within(small.dates, large.dates, sameDate) &&
    within(small.times, large.times, same) &&
    within(small.links, large.links, same) &&
    within(small.docs, large.docs, same) &&
    within(small.numbers, large.numbers, same)
  );
}

/** True when no category conflicts: per category the smaller fact set is contained in the larger. */
export function factsAgree(a: KeyFacts, b: KeyFacts): boolean {
  return (
    agree(a.dates, b.dates, sameDate) &&
    agree(a.times, b.times, same) &&
    agree(a.links, b.links, same) &&
    agree(a.docs, b.docs, same) &&
    agree(a.numbers, b.numbers, same)
  );
}
