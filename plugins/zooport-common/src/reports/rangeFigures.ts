import { ResolutionCategory } from '../requests/types';
import {
  CountedClock,
  firstResponseClock,
  minutesSinceFiling,
  resolutionClock,
} from './clocks';
import { PeriodIndex } from './periods';
import { clockFigures, share } from './statistics';
import {
  ClockFigures,
  DeflectionFigures,
  ReportPeriod,
  ReportRequest,
  ReportTotals,
  SlaBreach,
  VolumeCounts,
} from './types';
import { volumeOf } from './volume';

/** Resolutions that pointed to what existed already: the deflected requests. */
export const deflectingCategories: readonly ResolutionCategory[] = [
  'documentation_link',
  'faq_entry',
  'self_service',
];

/** What the buckets of any report hold. */
export interface RangeBucket extends ReportPeriod, VolumeCounts {
  firstResponse: ClockFigures;
  resolution: ClockFigures;
  deflection: DeflectionFigures;
  minutesSpent: number;
}

/** Per bucket, the items whose instant falls in it. */
function perBucket<T>(
  index: PeriodIndex,
  items: T[],
  at: (item: T) => string | null,
): T[][] {
  const buckets: T[][] = Array.from({ length: index.size }, () => []);
  for (const item of items) {
    const i = index.of(at(item));
    if (i >= 0) buckets[i].push(item);
  }
  return buckets;
}

function deflectionOf(resolved: ReportRequest[]): DeflectionFigures {
  const categories = resolved.flatMap(r => r.resolution?.category ?? []);
  const deflected = categories.filter(c =>
    deflectingCategories.includes(c),
  ).length;
  return {
    resolved: categories.length,
    deflected,
    share: share(deflected, categories.length),
  };
}

const minutesSpentOf = (resolved: ReportRequest[]) =>
  resolved.reduce((sum, r) => sum + (r.resolution?.minutesSpent ?? 0), 0);

function breachesOf(
  clock: SlaBreach['clock'],
  clocks: CountedClock[],
): SlaBreach[] {
  return clocks
    .filter(c => !c.met)
    .map(({ request, dueAt, stoppedAt }) => ({
      id: request.id,
      title: request.title,
      typeName: request.typeName,
      priority: request.priority,
      clock,
      dueAt: dueAt!,
      stoppedAt,
    }));
}

/**
 * The figures of each bucket and of the whole range, from the requests
 * filed in the range, finished in it, or open at its start. The org
 * report counts and leaves the clocks' minutes out (`minutes: false`).
 */
export function rangeFigures(
  requests: ReportRequest[],
  periods: readonly ReportPeriod[],
  now: string,
  options: { minutes: boolean; breakdown: boolean },
) {
  const index = new PeriodIndex(periods);
  const volume = volumeOf(requests, index, now, options.breakdown);
  const clocks = (
    clockOf: (r: ReportRequest, now: string) => CountedClock | undefined,
    minutesOf: (c: CountedClock) => number | null,
  ) =>
    requests.flatMap(r => {
      const clock = clockOf(r, now);
      return clock ? [{ ...clock, minutes: minutesOf(clock) }] : [];
    });
  const firstClocks = perBucket(
    index,
    clocks(firstResponseClock, c =>
      options.minutes ? c.request.firstResponseMinutes : null,
    ),
    c => c.at,
  );
  const resolutionClocks = perBucket(
    index,
    clocks(resolutionClock, c =>
      options.minutes ? minutesSinceFiling(c) : null,
    ),
    c => c.at,
  );
  const resolved = perBucket(index, requests, r => r.resolvedAt);
  const buckets: RangeBucket[] = periods.map((period, i) => ({
    ...period,
    ...volume.total[i],
    firstResponse: clockFigures(firstClocks[i]),
    resolution: clockFigures(resolutionClocks[i]),
    deflection: deflectionOf(resolved[i]),
    minutesSpent: minutesSpentOf(resolved[i]),
  }));
  const breaches = [
    ...breachesOf('first_response', firstClocks.flat()),
    ...breachesOf('resolution', resolutionClocks.flat()),
  ].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const totals: ReportTotals = {
    filed: buckets.reduce((sum, b) => sum + b.filed, 0),
    resolved: buckets.reduce((sum, b) => sum + b.resolved, 0),
    openAtEnd: buckets.length ? buckets[buckets.length - 1].open : 0,
    firstResponse: clockFigures(firstClocks.flat()),
    resolution: clockFigures(resolutionClocks.flat()),
    breaches: breaches.length,
    deflection: deflectionOf(resolved.flat()),
    minutesSpent: minutesSpentOf(resolved.flat()),
  };
  return { index, volume, buckets, totals, breaches };
}
