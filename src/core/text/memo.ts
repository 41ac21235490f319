/**
 * Remembers the last `size` results of a pure function of one string. Relay matching compares a message
 * with the same stored notices again and again; normalising them once is most of the saving.
 */
export function memo<T>(fn: (s: string) => T, size = 4096): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined) {
      // Refresh its place so the least recently used entry goes first.
      cache.delete(s);
      cache.set(s, hit);
      return hit;
    }
    const value = fn(s);
    cache.set(s, value);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return value;
  };
}
