import { DateTime, Duration, Interval } from 'luxon';
import { SupportHours } from '../../desks/types';
import { instantAtWallClock, wallClockDate } from '../../time/wallClock';

/*
 * Business time the slow way, to compare with: every calendar day in turn,
 * no shortcut. A day is open during its weekday's ranges read on the desk's
 * wall clock, and not at all on a holiday or a day that is not a support day.
 */

function openIntervalsOn(hours: SupportHours, date: DateTime): Interval[] {
  const closed =
    hours.holidays.includes(date.toISODate()!) ||
    (hours.supportDays?.length &&
      !hours.supportDays.some(day => day === date.weekday));
  if (closed) {
    return [];
  }
  const read = (time: string) => instantAtWallClock(date, time, hours.timeZone);
  return Interval.merge(
    hours.weekly
      .filter(range => range.day === date.weekday)
      .map(range => Interval.fromDateTimes(read(range.start), read(range.end)))
      .filter(interval => interval.isValid && !interval.isEmpty()),
  );
}

/** Day after day from the one `from` falls on, the open intervals after `from`. */
function* daysFrom(hours: SupportHours, from: DateTime): Generator<Interval[]> {
  for (
    let date = wallClockDate(from, hours.timeZone);
    ;
    date = date.plus({ days: 1 })
  ) {
    yield openIntervalsOn(hours, date)
      .filter(interval => interval.end! > from)
      .map(interval =>
        Interval.fromDateTimes(
          DateTime.max(interval.start!, from),
          interval.end!,
        ),
      );
  }
}

export function minutesBetweenDayByDay(
  hours: SupportHours,
  from: DateTime,
  to: DateTime,
): number {
  const days = Math.max(
    0,
    wallClockDate(to, hours.timeZone).diff(
      wallClockDate(from, hours.timeZone),
      'days',
    ).days + 1,
  );
  let total = Duration.fromMillis(0);
  let day = 0;
  for (const intervals of daysFrom(hours, from)) {
    if (day++ >= days) {
      break;
    }
    for (const interval of intervals) {
      if (interval.start! < to) {
        const end = DateTime.min(interval.end!, to);
        total = total.plus(end.diff(interval.start!));
      }
    }
  }
  return Math.floor(total.as('minutes'));
}

/** Null when the desk stays closed for more than 366 days in a row. */
export function addMinutesDayByDay(
  hours: SupportHours,
  from: DateTime,
  minutes: number,
): DateTime | null {
  let left = Duration.fromObject({ minutes });
  let closedDays = 0;
  for (const intervals of daysFrom(hours, from)) {
    if (closedDays > 366) {
      return null;
    }
    closedDays = intervals.length ? 0 : closedDays + 1;
    for (const interval of intervals) {
      const length = interval.toDuration();
      // A target reached exactly at a closing time is due at the next opening.
      if (left < length) {
        return interval.start!.setZone(hours.timeZone).plus(left);
      }
      left = left.minus(length);
    }
  }
  return null;
}
