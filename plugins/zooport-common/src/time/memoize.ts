/**
 * Remembers the results of a pure function, up to `limit` of them (then it
 * starts afresh). Time zone maths in luxon goes through Intl and costs tens
 * of microseconds a call; the zoo view asks the same questions for every desk
 * that shares a zone, and every request asks them again.
 */
export function memoize<A extends unknown[], V>(
  compute: (...args: A) => V,
  keyOf: (...args: A) => string,
  limit = 10_000,
): (...args: A) => V {
  const cache = new Map<string, V>();
  return (...args: A) => {
    const key = keyOf(...args);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(...args);
      if (cache.size >= limit) {
        cache.clear();
      }
      cache.set(key, value);
    }
    return value;
  };
}
