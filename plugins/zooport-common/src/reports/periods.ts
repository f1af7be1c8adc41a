import { DateTime, Zone } from 'luxon';
import { isValidTimeZone } from '../time/wallClock';
import { ReportBucket, ReportPeriod } from './types';

/**
 * The most buckets a report is cut into: a day each over the longest range
 * (a leap year) plus room for the ends. Anything more is a mistake, and a
 * bound keeps a mistake from running forever.
 */
export const MAX_REPORT_PERIODS = 400;

const unitOf = {
  day: 'days',
  week: 'weeks',
  month: 'months',
} as const satisfies Record<ReportBucket, string>;

const labelFormat = {
  day: 'yyyy-MM-dd',
  week: "kkkk-'W'WW",
  month: 'yyyy-MM',
} as const satisfies Record<ReportBucket, string>;

/**
 * The periods of the latest ranges asked for: working out a zone's offsets
 * for a year of buckets is the costly part of a report, and dashboards ask
 * for the same few ranges over and over.
 */
const recentPeriods = new Map<string, readonly ReportPeriod[]>();
const RECENT_PERIODS = 64;

/**
 * The buckets from the one holding calendar day `from` to the one holding
 * `to` (YYYY-MM-DD) on the wall clock of `zone`. Each bucket is a calendar
 * day, ISO week or month there, so a day over a clock change lasts 23 or
 * 25 hours. Throws on a zone that is no IANA zone, on dates that are
 * not YYYY-MM-DD and on more buckets than MAX_REPORT_PERIODS.
 *
 * @public
 */
export function reportPeriods(
  from: string,
  to: string,
  bucket: ReportBucket,
  zone: string,
): readonly ReportPeriod[] {
  const key = `${from}|${to}|${bucket}|${zone}`;
  let periods = recentPeriods.get(key);
  if (!periods) {
    periods = Object.freeze(cutPeriods(from, to, bucket, zone));
    if (recentPeriods.size === RECENT_PERIODS) {
      recentPeriods.delete(recentPeriods.keys().next().value!);
    }
    recentPeriods.set(key, periods);
  }
  return periods;
}

function cutPeriods(
  from: string,
  to: string,
  bucket: ReportBucket,
  zone: string,
): ReportPeriod[] {
  if (!isValidTimeZone(zone)) {
    throw new Error(`Cannot cut a report in "${zone}": no IANA time zone`);
  }
  const unit = unitOf[bucket];
  const first = DateTime.fromISO(from, { zone }).startOf(bucket);
  const last = DateTime.fromISO(to, { zone }).startOf(bucket);
  if (!first.isValid || !last.isValid) {
    throw new Error(`Cannot cut a report from "${from}" to "${to}"`);
  }
  const periods: ReportPeriod[] = [];
  // Each start is counted from the first, not from the previous one, so a
  // month never drifts to the 28th.
  for (let i = 0; ; i++) {
    const start = first.plus({ [unit]: i });
    if (start > last) {
      return periods;
    }
    if (i === MAX_REPORT_PERIODS) {
      throw new Error(
        `A report is cut into at most ${MAX_REPORT_PERIODS} buckets`,
      );
    }
    periods.push({
      label: start.toFormat(labelFormat[bucket]),
      start: start.toISO()!,
      end: first.plus({ [unit]: i + 1 }).toISO()!,
    });
  }
}

/**
 * Finds the bucket of a stored instant (UTC ISO text) quickly: the bucket
 * bounds are kept as the same text, which sorts as time does.
 */
export class PeriodIndex {
  /** Bucket starts, then the end of the last bucket. */
  readonly bounds: string[];

  constructor(periods: readonly ReportPeriod[]) {
    this.bounds = [
      ...periods.map(p => stored(p.start)),
      ...periods.slice(-1).map(p => stored(p.end)),
    ];
  }

  get size(): number {
    return Math.max(0, this.bounds.length - 1);
  }

  get start(): string {
    return this.bounds[0];
  }

  get end(): string {
    return this.bounds[this.bounds.length - 1];
  }

  /** The index of the bucket holding `at`, or -1 outside the range. */
  of(at: string | null): number {
    if (at === null || at < this.start || at >= this.end) {
      return -1;
    }
    return firstAfter(this.bounds, at) - 1;
  }
}

/**
 * The index of the first of `sorted` that `reached` holds for, by binary
 * search (`sorted.length` when none); it must hold from there on.
 */
function firstReaching(
  sorted: string[],
  reached: (value: string) => boolean,
): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(sorted[middle])) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

/** The index of the first of `sorted` after `at` (`sorted.length` when none). */
export function firstAfter(sorted: string[], at: string): number {
  return firstReaching(sorted, value => value > at);
}

/** The index of the first of `sorted` at or after `at` (`sorted.length` when none). */
export function firstFrom(sorted: string[], at: string): number {
  return firstReaching(sorted, value => value >= at);
}

/** An instant as stored requests hold it: UTC ISO text. */
export function stored(iso: string): string {
  return DateTime.fromISO(iso).toUTC().toISO()!;
}

/**
 * A stored instant (UTC ISO text) as a DateTime in `zone`. The engine's own
 * parser reads this one fixed shape many times faster than a general ISO
 * parse, which a year's report does for every request.
 */
export function fromStored(
  instant: string,
  zone: string | Zone = 'utc',
): DateTime {
  return DateTime.fromJSDate(new Date(instant), { zone });
}

/**
 * The zone to read each bucket's instants in: the fixed offset the bucket
 * starts and ends with when they agree (no clock change inside, as for
 * nearly every bucket), which needs no look-up in the zone database per
 * instant; else the zone itself.
 */
export function bucketZones(
  periods: readonly ReportPeriod[],
  zone: string,
): (string | Zone)[] {
  return periods.map(period => {
    const start = DateTime.fromISO(period.start, { setZone: true });
    const end = DateTime.fromISO(period.end, { setZone: true });
    return start.offset === end.offset ? start.zone : zone;
  });
}
