import { ClockFigures, Spread } from './types';

/** The middle value, or the mean of the two middle ones; null when none. */
export function median(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The 90th percentile by nearest rank: the ⌈0.9 n⌉-th smallest value. */
export function p90(values: number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.9 * sorted.length) - 1];
}

/** `part` of `whole`, 0 to 1; null when the whole is 0. @public */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** One clock's figures from the clocks it counted: met or not, and minutes where known. */
export function clockFigures(
  clocks: { met: boolean; minutes: number | null }[],
): ClockFigures {
  const met = clocks.filter(c => c.met).length;
  const minutes = clocks.flatMap(c => (c.minutes === null ? [] : [c.minutes]));
  return {
    counted: clocks.length,
    met,
    metShare: share(met, clocks.length),
    medianMinutes: median(minutes),
    p90Minutes: p90(minutes),
  };
}

/** How evenly `values` (one per person) are spread. */
export function spread(values: number[]): Spread {
  if (values.length === 0) {
    return { min: 0, max: 0, mean: 0, maxToMean: null };
  }
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const max = Math.max(...values);
  return {
    min: Math.min(...values),
    max,
    mean,
    maxToMean: mean === 0 ? null : max / mean,
  };
}
