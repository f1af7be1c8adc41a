import { DateTime } from 'luxon';
import { IsoWeekday } from '../rotation/types';

/**
 * Calendar days as whole numbers, counted from 1970-01-01, so that sums over
 * many days are integer counts instead of luxon calls.
 */
const dayZero = DateTime.utc(1970, 1, 1);

export const minutesPerDay = 24 * 60;

/** The number of the calendar day `date`, a UTC midnight (as from `wallClockDate`). */
export function dayNumberOf(date: DateTime): number {
  // Both are UTC midnights, so the plain duration is a whole number of days.
  return Math.round(date.diff(dayZero).as('days'));
}

/** Whole minutes from 1970-01-01 00:00 UTC to `instant`. */
export function minuteNumberOf(instant: DateTime): number {
  return Math.floor(instant.diff(dayZero).as('minutes'));
}

/** The calendar day numbered `day`, as a UTC midnight. */
export function dateOfDayNumber(day: number): DateTime {
  return dayZero.plus({ days: day });
}

export function weekdayOfDayNumber(day: number): IsoWeekday {
  // Day 0 was a Thursday (ISO weekday 4).
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}
