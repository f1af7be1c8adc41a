/** A pseudo-random number in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** A seeded generator (mulberry32): the demo history looks the same each time. */
export function seededRandom(seed: string): Random {
  let state = 0;
  for (const char of seed) {
    state = (Math.imul(state, 31) + char.charCodeAt(0)) | 0;
  }
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** True with probability `share`. */
export function chance(random: Random, share: number): boolean {
  return random() < share;
}

/** One of `items`, each as likely as its weight. */
export function weighted<T>(random: Random, items: [T, number][]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) {
      return item;
    }
  }
  return items[items.length - 1][0];
}
