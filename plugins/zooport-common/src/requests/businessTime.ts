import { DateTime, Duration } from 'luxon';
import { SupportHours } from '../desks/types';
import {
  dateOfDayNumber,
  dayNumberOf,
  weekdayOfDayNumber,
} from '../time/calendarDays';
import { instantAtWallClock, wallClockDate } from '../time/wallClock';
import { IrregularDay, irregularDaysIn } from './irregularDays';
import { OpenWeek, openWeekOf } from './openWeek';
import { Span, mergeSpans, spanBetween } from './spans';

/** Days in a row without an opening after which a search gives up. */
const searchHorizonDays = 366;

/**
 * The days at either end of a stretch that are worked out span by span, so
 * that the instants the stretch starts or ends at cut them.
 */
const edgeDays = 2;

/**
 * How many days a deadline search reads irregular days for at a time: few
 * at first, as most deadlines are near, then more and more.
 */
const searchChunkDays = { first: 32, most: 4096 };

/**
 * Whether the desk supports on the local day `date`: not a holiday, and one
 * of its support days (every day when none are listed).
 */
export function isSupportDay(hours: SupportHours, date: DateTime): boolean {
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
 * The open spans of one calendar day (`date` as from `wallClockDate`),
 * sorted and merged. Each range is read on the desk's wall clock, so a range
 * over a clock change holds the minutes that really pass; a range whose end
 * is not after its start is empty (the API refuses them).
 */
function openSpansOn(hours: SupportHours, date: DateTime): Span[] {
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

/** The open spans of day number `day`, cut to [from, to). */
function openSpansWithin(
  hours: SupportHours,
  day: number,
  from: DateTime,
  to?: DateTime,
): Span[] {
  return openSpansOn(hours, dateOfDayNumber(day)).flatMap(
    span =>
      spanBetween(
        DateTime.max(span.start, from),
        to ? DateTime.min(span.end, to) : span.end,
      ) ?? [],
  );
}

function dayNumberAt(hours: SupportHours, instant: DateTime): number {
  return dayNumberOf(wallClockDate(instant, hours.timeZone));
}

/** The open minutes of the days in [fromDay, toDay), were they all regular. */
function regularMinutes(week: OpenWeek, fromDay: number, toDay: number) {
  const weeks = Math.floor((toDay - fromDay) / 7);
  let minutes = weeks * week.minutes;
  for (let day = fromDay + weeks * 7; day < toDay; day++) {
    minutes += week.minutesOn[weekdayOfDayNumber(day)];
  }
  return minutes;
}

/**
 * A deadline search: counts open time down from the target, day after day.
 * Regular days count in whole minutes from the open week, whole weeks at
 * once; other days are read span by span. Each step says whether the search
 * is over; `deadline` then holds its answer, null when it gave up.
 */
class CountDown {
  deadline: DateTime | null = null;
  /** What is left of the target, less `counted`. */
  private remaining: Duration;
  /** Whole minutes of `remaining`. */
  private remainingMinutes: number;
  /** Minutes of regular days counted since `remaining` was last brought down. */
  private counted = 0;
  private lastOpenDay: number;

  constructor(
    private readonly hours: SupportHours,
    private readonly week: OpenWeek,
    target: Duration,
    firstDay: number,
  ) {
    this.remaining = target;
    this.remainingMinutes = Math.floor(target.as('minutes'));
    this.lastOpenDay = firstDay - 1;
  }

  /** Counts through the open spans of `day`. */
  spans(day: number, spans: Span[]): boolean {
    if (spans.length === 0) {
      return false;
    }
    if (day - this.lastOpenDay - 1 > searchHorizonDays) {
      return true;
    }
    let remaining = this.remaining.minus({ minutes: this.counted });
    for (const span of spans) {
      const length = span.toDuration();
      // Strictly less: a deadline that falls on a closing time moves to the
      // next opening, where the desk can act on it.
      if (remaining.toMillis() < length.toMillis()) {
        this.deadline = span.start.plus(remaining);
        return true;
      }
      remaining = remaining.minus(length);
    }
    this.remaining = remaining;
    this.remainingMinutes = Math.floor(remaining.as('minutes'));
    this.counted = 0;
    this.lastOpenDay = day;
    return false;
  }

  /** Counts through the regular days in [fromDay, toDay). */
  regularDays(fromDay: number, toDay: number): boolean {
    for (let day = fromDay; day < toDay; day++) {
      const minutes = this.week.minutesOn[weekdayOfDayNumber(day)];
      if (minutes === 0) {
        continue;
      }
      const left = this.remainingMinutes - this.counted;
      if (left < minutes || day - this.lastOpenDay - 1 > searchHorizonDays) {
        if (this.irregularDay({ day, holiday: false })) {
          return true;
        }
        continue;
      }
      this.counted += minutes;
      // The whole weeks after this open day end on its weekday, open too.
      const weeks = Math.min(
        Math.floor((toDay - day - 1) / 7),
        Math.floor((left - minutes) / this.week.minutes),
      );
      this.counted += weeks * this.week.minutes;
      day += weeks * 7;
      this.lastOpenDay = day;
    }
    return false;
  }

  irregularDay({ day, holiday }: IrregularDay): boolean {
    return (
      !holiday && this.spans(day, openSpansOn(this.hours, dateOfDayNumber(day)))
    );
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
  const week = openWeekOf(hours);
  if (week.minutes === 0) {
    // No support day holds a range: the desk never opens.
    return null;
  }
  const start = from.setZone(hours.timeZone);
  const firstDay = dayNumberAt(hours, start);
  const countDown = new CountDown(hours, week, duration, firstDay);
  for (let day = firstDay; day < firstDay + edgeDays; day++) {
    if (countDown.spans(day, openSpansWithin(hours, day, start))) {
      return countDown.deadline;
    }
  }
  for (
    let chunk = firstDay + edgeDays, days = searchChunkDays.first;
    ;
    chunk += days, days = Math.min(days * 2, searchChunkDays.most)
  ) {
    let day = chunk;
    const chunkEnd = chunk + days;
    for (const irregular of irregularDaysIn(hours, week, chunk, chunkEnd)) {
      if (
        countDown.regularDays(day, irregular.day) ||
        countDown.irregularDay(irregular)
      ) {
        return countDown.deadline;
      }
      day = irregular.day + 1;
    }
    if (countDown.regularDays(day, chunkEnd)) {
      return countDown.deadline;
    }
  }
}

/** The open time of the whole days in [fromDay, toDay). */
function openTimeOfDays(
  hours: SupportHours,
  fromDay: number,
  toDay: number,
): Duration {
  const week = openWeekOf(hours);
  let minutes = regularMinutes(week, fromDay, toDay);
  let irregularTime = Duration.fromObject({});
  for (const { day, holiday } of irregularDaysIn(hours, week, fromDay, toDay)) {
    minutes -= week.minutesOn[weekdayOfDayNumber(day)];
    if (!holiday) {
      for (const span of openSpansOn(hours, dateOfDayNumber(day))) {
        irregularTime = irregularTime.plus(span.toDuration());
      }
    }
  }
  return irregularTime.plus({ minutes });
}

/**
 * `businessMinutesBetween` to the millisecond, not rounded.
 */
export function businessTimeBetween(
  hours: SupportHours,
  from: DateTime,
  to: DateTime,
): Duration {
  const start = from.setZone(hours.timeZone);
  const firstDay = dayNumberAt(hours, start);
  const lastDay = dayNumberAt(hours, to);
  const wholeFrom = firstDay + edgeDays;
  const wholeTo = lastDay + 1 - edgeDays;
  let total = Duration.fromObject({});
  const countEdgeDays = (fromDay: number, toDay: number) => {
    for (let day = fromDay; day < toDay; day++) {
      for (const span of openSpansWithin(hours, day, start, to)) {
        total = total.plus(span.toDuration());
      }
    }
  };
  if (wholeTo <= wholeFrom) {
    countEdgeDays(firstDay, lastDay + 1);
    return total;
  }
  countEdgeDays(firstDay, wholeFrom);
  total = total.plus(openTimeOfDays(hours, wholeFrom, wholeTo));
  countEdgeDays(wholeTo, lastDay + 1);
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
 * The open spans in [from, to), in order: each day's ranges read on the
 * desk's wall clock, holidays and days without support left out.
 */
export function openSpansBetween(
  hours: SupportHours,
  from: DateTime,
  to: DateTime,
): Span[] {
  const start = from.setZone(hours.timeZone);
  const spans: Span[] = [];
  for (
    let day = dayNumberAt(hours, start);
    day <= dayNumberAt(hours, to);
    day++
  ) {
    spans.push(...openSpansWithin(hours, day, start, to));
  }
  return spans;
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
  return addBusinessTime(hours, instant, Duration.fromObject({}));
}
