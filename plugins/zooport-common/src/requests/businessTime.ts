import { DateTime, Duration } from 'luxon';
import { SupportHours } from '../desks/types';
import { instantAtWallClock, wallClockDate } from '../time/wallClock';
import { Span, mergeSpans, spanBetween } from './spans';

/** Days in a row without an opening after which a search gives up. */
const searchHorizonDays = 366;

function isSupportDay(hours: SupportHours, date: DateTime): boolean {
  if (hours.holidays.includes(date.toISODate()!)) {
    return false;
  }
  // No support days listed means every day, as for rotations.
  return (
    !hours.supportDays?.length ||
    hours.supportDays.some(day => day === date.weekday)
  );
}

/**
 * Days already worked out, per hours object: a request list asks about the
 * same desk and days for every request. Support hours are read as immutable.
 */
const openSpansCache = new WeakMap<SupportHours, Map<number, Span[]>>();
const cachedDaysPerHours = 5_000;

/**
 * The open spans of one calendar day (`date` as from `wallClockDate`),
 * sorted and merged. Each range is read on the desk's wall clock, so a range
 * over a clock change holds the minutes that really pass; a range whose end
 * is not after its start is empty (the API refuses them).
 */
function openSpansOn(hours: SupportHours, date: DateTime): Span[] {
  let byDate = openSpansCache.get(hours);
  if (!byDate || byDate.size >= cachedDaysPerHours) {
    byDate = new Map();
    openSpansCache.set(hours, byDate);
  }
  const key = date.toMillis();
  let spans = byDate.get(key);
  if (!spans) {
    spans = computeOpenSpansOn(hours, date);
    byDate.set(key, spans);
  }
  return spans;
}

function computeOpenSpansOn(hours: SupportHours, date: DateTime): Span[] {
  if (!isSupportDay(hours, date)) {
    return [];
  }
  return mergeSpans(
    hours.weekly
      .filter(range => range.day === date.weekday)
      .flatMap(
        range =>
          spanBetween(
            instantAtWallClock(date, range.start, hours.timeZone),
            instantAtWallClock(date, range.end, hours.timeZone),
          ) ?? [],
      ),
  );
}

/**
 * The open spans from `from` on, in order, day by day; the first one cut to
 * start at `from`. Stops after the day of `until`, or, without `until`, once
 * a whole search horizon of days has passed with no opening.
 */
function* openSpansFrom(
  hours: SupportHours,
  from: DateTime,
  until?: DateTime,
): Generator<Span> {
  const start = from.setZone(hours.timeZone);
  const lastDate = until && wallClockDate(until, hours.timeZone);
  let closedDays = 0;
  for (
    let date = wallClockDate(from, hours.timeZone);
    lastDate ? date <= lastDate : closedDays <= searchHorizonDays;
    date = date.plus({ days: 1 })
  ) {
    const spans = openSpansOn(hours, date).flatMap(
      span => spanBetween(DateTime.max(span.start, start), span.end) ?? [],
    );
    closedDays = spans.length > 0 ? 0 : closedDays + 1;
    yield* spans;
  }
}

/**
 * `addBusinessMinutes` for any duration, to the millisecond.
 */
export function addBusinessTime(
  hours: SupportHours,
  from: DateTime,
  duration: Duration,
): DateTime | null {
  let remaining = duration;
  for (const span of openSpansFrom(hours, from)) {
    const length = span.toDuration();
    // Strictly less: a deadline that falls on a closing time moves to the
    // next opening, where the desk can act on it.
    if (remaining.toMillis() < length.toMillis()) {
      return span.start.plus(remaining);
    }
    remaining = remaining.minus(length);
  }
  return null;
}

/**
 * `businessMinutesBetween` to the millisecond, not rounded.
 */
export function businessTimeBetween(
  hours: SupportHours,
  from: DateTime,
  to: DateTime,
): Duration {
  let total = Duration.fromObject({});
  for (const span of openSpansFrom(hours, from, to)) {
    if (span.start >= to) {
      break;
    }
    total = total.plus(
      spanBetween(span.start, DateTime.min(span.end, to))!.toDuration(),
    );
  }
  return total;
}

/**
 * The instant at which `minutes` minutes inside the support hours have passed
 * since `from`, in the desk's zone.
 *
 * Starting outside the hours, the count starts at the next opening; a result
 * that falls exactly on a closing time moves to the next opening, so 0
 * minutes gives the next open instant at or after `from`. Null when the desk
 * never opens: no weekly ranges, or no opening for a year in a row.
 *
 * @public
 */
export function addBusinessMinutes(
  hours: SupportHours,
  from: DateTime,
  minutes: number,
): DateTime | null {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Cannot add ${minutes} business minutes`);
  }
  return addBusinessTime(hours, from, Duration.fromObject({ minutes }));
}

/**
 * The whole minutes inside the support hours in [from, to); 0 when `to` is
 * not after `from`.
 *
 * @public
 */
export function businessMinutesBetween(
  hours: SupportHours,
  from: DateTime,
  to: DateTime,
): number {
  return Math.floor(businessTimeBetween(hours, from, to).as('minutes'));
}

/**
 * Whether the desk is open at `instant` (an opening time is open, a closing
 * time is not).
 *
 * @public
 */
export function isOpenAt(hours: SupportHours, instant: DateTime): boolean {
  return openSpansOn(hours, wallClockDate(instant, hours.timeZone)).some(span =>
    span.contains(instant),
  );
}

/**
 * The first open instant at or after `instant`, in the desk's zone: the
 * instant itself while the desk is open. Null when the desk never opens (see
 * `addBusinessMinutes`).
 *
 * @public
 */
export function nextOpening(
  hours: SupportHours,
  instant: DateTime,
): DateTime | null {
  const first = openSpansFrom(hours, instant).next();
  return first.done ? null : first.value.start;
}
