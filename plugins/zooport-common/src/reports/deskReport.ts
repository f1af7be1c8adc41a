import { DateTime, Interval } from 'luxon';
import { deskTimeZone } from '../desks/timeZone';
import { Desk } from '../desks/types';
import { RecordedStretch } from '../rotation/dutyRecord';
import { ResolutionCategory } from '../requests/types';
import { arrivalsOf } from './arrivals';
import { documentationGapsOf, MAX_LINKED_REQUESTS } from './documentationGaps';
import { interruptsOf } from './interrupts';
import { fairnessOf, peopleOf } from './people';
import { bucketZones, PeriodIndex, reportPeriods } from './periods';
import { rangeFigures } from './rangeFigures';
import {
  DeskReport,
  OrgReportRow,
  ReportBucket,
  ReportRequest,
  VolumeCounts,
} from './types';

/** The range of a report: whole buckets from the day `from` to the day `to`. */
export interface ReportRange {
  from: string;
  to: string;
  bucket: ReportBucket;
}

/** What the record of shifts says about the range. */
export interface ReportDuty {
  stretches: RecordedStretch[];
  /** The record covers `from` ≤ t < `until`. */
  coverage: { from: DateTime; until: DateTime };
}

type ReportDesk = Pick<Desk, 'teamRef' | 'hours' | 'rotation' | 'topics'>;

const asRecord = (counts: Map<string, VolumeCounts[]>, i: number) =>
  Object.fromEntries([...counts].map(([key, series]) => [key, series[i]]));

/**
 * A desk's report over `range`, from its requests filed in the range,
 * finished in it or open at its start, at `now`.
 *
 * @public
 */
export function deskReport(options: {
  desk: ReportDesk;
  range: ReportRange;
  requests: ReportRequest[];
  duty?: ReportDuty;
  now: DateTime;
}): DeskReport {
  const { desk, range, requests } = options;
  const zone = deskTimeZone(desk);
  const periods = reportPeriods(range.from, range.to, range.bucket, zone);
  const now = options.now.toUTC().toISO()!;
  const figures = rangeFigures(requests, periods, now, {
    minutes: true,
    breakdown: true,
  });
  const { index } = figures;
  const inRange = (at: string | null) => index.of(at) >= 0;
  const filed = requests.filter(r => inRange(r.createdAt));
  const resolved = requests.filter(r => inRange(r.resolvedAt));
  const resolutions: Partial<Record<ResolutionCategory, number>> = {};
  for (const request of resolved) {
    const category = request.resolution?.category;
    if (category) resolutions[category] = (resolutions[category] ?? 0) + 1;
  }
  const people = peopleOf({
    resolved,
    filed,
    stretches: options.duty?.stretches ?? [],
    dutyRange: dutyRangeOf(index, options.now, options.duty),
    hours: desk.hours,
  });
  return {
    teamRef: desk.teamRef,
    timeZone: zone,
    bucket: range.bucket,
    from: periods[0].start,
    to: periods[periods.length - 1].end,
    buckets: figures.buckets.map((bucket, i) => ({
      ...bucket,
      byType: asRecord(figures.volume.byType, i),
      byPriority: asRecord(figures.volume.byPriority, i),
    })),
    totals: figures.totals,
    breaches: figures.breaches.slice(-MAX_LINKED_REQUESTS),
    arrivals: arrivalsOf(filed, index, bucketZones(periods, zone), zone),
    resolutions,
    people,
    fairness: fairnessOf(people),
    dutyRecordedFrom: options.duty?.coverage.from.toUTC().toISO() ?? null,
    interrupts: interruptsOf(
      resolved,
      reportPeriods(range.from, range.to, 'week', zone),
      desk.topics,
    ),
    documentationGaps: documentationGapsOf(resolved),
  };
}

/** The range, ended where the record of shifts or time stops. */
function dutyRangeOf(
  index: PeriodIndex,
  now: DateTime,
  duty: ReportDuty | undefined,
): Interval {
  const start = DateTime.fromISO(index.start);
  const end = DateTime.min(
    DateTime.fromISO(index.end),
    now,
    duty?.coverage.until ?? start,
  );
  return Interval.fromDateTimes(start, DateTime.max(start, end));
}

/**
 * One desk's row of the org report: its volume and deflection per bucket
 * and its totals. The org report compares desks by counts and shares, which
 * the database can count; the clocks' median and p90 minutes are left out
 * (null) and are in each desk's own report.
 *
 * @public
 */
export function orgReportRow(options: {
  desk: Pick<Desk, 'teamRef' | 'hours' | 'rotation'>;
  range: ReportRange;
  requests: ReportRequest[];
  now: DateTime;
}): OrgReportRow {
  const { desk, range } = options;
  const zone = deskTimeZone(desk);
  const periods = reportPeriods(range.from, range.to, range.bucket, zone);
  const figures = rangeFigures(
    options.requests,
    periods,
    options.now.toUTC().toISO()!,
    { minutes: false, breakdown: false },
  );
  return {
    teamRef: desk.teamRef,
    timeZone: zone,
    from: periods[0].start,
    to: periods[periods.length - 1].end,
    buckets: figures.buckets.map(
      ({ label, start, end, filed, resolved, open, deflection }) => ({
        label,
        start,
        end,
        filed,
        resolved,
        open,
        deflection,
      }),
    ),
    totals: figures.totals,
  };
}
