import { Zone } from 'luxon';
import { fromStored, PeriodIndex } from './periods';
import { ArrivalFigures, ArrivalPeak, ReportRequest } from './types';

const PEAKS = 3;

/**
 * Requests filed, by weekday and hour on the wall clock of `zone`, where
 * `index` finds the bucket of each and `zones` (see `bucketZones`) the
 * zone to read it in.
 */
export function arrivalsOf(
  filed: ReportRequest[],
  index: PeriodIndex,
  zones: (string | Zone)[],
  zone: string,
): ArrivalFigures {
  const byWeekdayHour = Array.from({ length: 7 }, () =>
    new Array<number>(24).fill(0),
  );
  for (const request of filed) {
    const bucket = index.of(request.createdAt);
    const local = fromStored(request.createdAt, zones[bucket] ?? zone);
    byWeekdayHour[local.weekday - 1][local.hour]++;
  }
  const cells: ArrivalPeak[] = byWeekdayHour.flatMap((hours, day) =>
    hours.map((requests, hour) => ({ weekday: day + 1, hour, requests })),
  );
  return {
    byWeekdayHour,
    // Sorting is stable: equal hours stay in week order.
    peaks: cells
      .filter(cell => cell.requests > 0)
      .sort((a, b) => b.requests - a.requests)
      .slice(0, PEAKS),
  };
}
