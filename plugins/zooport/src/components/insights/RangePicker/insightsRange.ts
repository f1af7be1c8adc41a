import { ReportBucket, ReportQuery } from '@zooport/plugin-zooport-common';
import { DateTime, DurationUnit } from 'luxon';

export const rangePresets = [
  { value: '4w', label: 'Last 4 weeks' },
  { value: '13w', label: 'Last 13 weeks' },
  { value: '12m', label: 'Last 12 months' },
  { value: 'custom', label: 'From … to …' },
] as const;

export type RangePreset = (typeof rangePresets)[number]['value'];

/** The days a report covers, both included, and how it cuts them. */
export interface InsightsRange extends Required<ReportQuery> {
  preset: RangePreset;
}

const defaultPreset = '4w';
/** The longest range the report API takes. */
const MAX_DAYS = 366;

function dayOf(text: string | null): DateTime | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return undefined;
  }
  const day = DateTime.fromISO(text);
  return day.isValid ? day : undefined;
}

function daysBetween(from: DateTime, to: DateTime): number {
  return Math.round(to.diff(from, 'days').days) + 1;
}

/**
 * The bucket that cuts a span of days into a readable number of bars: days
 * up to a month, weeks up to half a year, months beyond.
 */
export function bucketFor(days: number): ReportBucket {
  if (days <= 31) {
    return 'day';
  }
  return days <= 183 ? 'week' : 'month';
}

function rangeOf(
  preset: RangePreset,
  from: DateTime,
  to: DateTime,
): InsightsRange {
  return {
    preset,
    from: from.toISODate()!,
    to: to.toISODate()!,
    bucket: bucketFor(daysBetween(from, to)),
  };
}

/**
 * A preset's days up to today on the viewer's calendar; the weeks start on
 * a Monday and the months on the 1st, so that no bucket is cut short.
 */
export function presetRange(
  preset: Exclude<RangePreset, 'custom'>,
): InsightsRange {
  const today = DateTime.local().startOf('day');
  const starts = {
    '4w': today.minus({ days: 27 }),
    '13w': today.startOf('week').minus({ weeks: 12 }),
    '12m': today.startOf('month').minus({ months: 11 }),
  };
  return rangeOf(preset, starts[preset], today);
}

/** Chosen days, or undefined unless they make a range the API takes. */
export function customRange(
  fromText: string | null,
  toText: string | null,
): InsightsRange | undefined {
  const from = dayOf(fromText);
  const to = dayOf(toText);
  if (!from || !to || to < from || daysBetween(from, to) > MAX_DAYS) {
    return undefined;
  }
  return rangeOf('custom', from, to);
}

/** The range a page address names, e.g. `?range=custom&from=…&to=…`. */
export function rangeFromParams(params: URLSearchParams): InsightsRange {
  const preset = rangePresets.find(
    candidate => candidate.value === params.get('range'),
  )?.value;
  if (preset === 'custom') {
    return (
      customRange(params.get('from'), params.get('to')) ??
      presetRange(defaultPreset)
    );
  }
  return presetRange(preset ?? defaultPreset);
}

/** `params` naming `range`; a preset needs no dates, as it moves with today. */
export function withRangeParams(
  params: URLSearchParams,
  range: Pick<InsightsRange, 'preset' | 'from' | 'to'>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('range', range.preset);
  if (range.preset === 'custom') {
    next.set('from', range.from);
    next.set('to', range.to);
  } else {
    next.delete('from');
    next.delete('to');
  }
  return next;
}

/**
 * The period just before `range`, as many whole buckets long, to compare
 * with; cut to the longest range the API takes.
 */
export function previousRange(range: InsightsRange): InsightsRange {
  const unit: DurationUnit = `${range.bucket}s`;
  const start = DateTime.fromISO(range.from).startOf(range.bucket);
  const lastStart = DateTime.fromISO(range.to).startOf(range.bucket);
  const buckets = Math.round(lastStart.diff(start, unit).get(unit)) + 1;
  const to = start.minus({ days: 1 });
  const earliest = to.minus({ days: MAX_DAYS - 1 });
  const from = DateTime.max(start.minus({ [unit]: buckets }), earliest);
  return { ...range, from: from.toISODate()!, to: to.toISODate()! };
}

/** How the range reads, e.g. "27 Oct 2026 – 23 Nov 2026, by day". */
export function rangeLabel(range: InsightsRange): string {
  const day = (text: string) =>
    DateTime.fromISO(text).toLocaleString(DateTime.DATE_MED);
  return `${day(range.from)} – ${day(range.to)}, by ${range.bucket}`;
}
