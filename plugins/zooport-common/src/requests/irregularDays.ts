import { SupportHours } from '../desks/types';
import { minutesPerDay, weekdayOfDayNumber } from '../time/calendarDays';
import { clockChangesIn } from '../time/clockChanges';
import { OpenWeek } from './openWeek';

/** A day whose open time may differ from its weekday's in the open week. */
export interface IrregularDay {
  day: number;
  holiday: boolean;
}

/**
 * A clock change this close (in wall-clock minutes) to a day's hours may move
 * them: resolving a wall time looks three hours back (see
 * `instantAtWallClock`).
 */
const clockChangeReachMinutes = 3 * 60;

/**
 * The UTC year of `day`, or of a day beside it: 365.2425 days a year on
 * average keeps the guess within two days of the truth. Only used to pick
 * the years whose clock changes to read, with days to spare.
 */
function yearNear(day: number): number {
  return 1970 + Math.floor(day / 365.2425);
}

/**
 * Days to spare either side: a change touches wall-clock days at most a day
 * or so from its UTC date, and the year guess is off by up to two days.
 */
const spareDays = 5;

/** The open days in [fromDay, toDay) whose hours a clock change comes near. */
function clockChangeDays(
  hours: SupportHours,
  week: OpenWeek,
  fromDay: number,
  toDay: number,
): number[] {
  const days: number[] = [];
  for (
    let year = yearNear(fromDay - spareDays);
    year <= yearNear(toDay + spareDays);
    year++
  ) {
    for (const change of clockChangesIn(hours.timeZone, year)) {
      const first = change.firstWallMinute - clockChangeReachMinutes;
      const last = change.lastWallMinute + clockChangeReachMinutes;
      const lastDay = Math.min(Math.floor(last / minutesPerDay), toDay - 1);
      for (
        let day = Math.max(Math.floor(first / minutesPerDay), fromDay);
        day <= lastDay;
        day++
      ) {
        const window = week.windowOn[weekdayOfDayNumber(day)];
        const midnight = day * minutesPerDay;
        if (
          window &&
          midnight + window.opens <= last &&
          first <= midnight + window.closes &&
          days[days.length - 1] !== day
        ) {
          days.push(day);
        }
      }
    }
  }
  return days;
}

/** The index of the first of the sorted `days` that is not before `day`. */
function firstIndexFrom(days: number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle] < day) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

/**
 * The days in [fromDay, toDay), in order, whose open time may differ from
 * the open week: holidays on open weekdays, and open days whose hours a
 * clock change comes near. Every other day holds its weekday's open minutes.
 */
export function irregularDaysIn(
  hours: SupportHours,
  week: OpenWeek,
  fromDay: number,
  toDay: number,
): IrregularDay[] {
  const holidays = week.holidays.slice(
    firstIndexFrom(week.holidays, fromDay),
    firstIndexFrom(week.holidays, toDay),
  );
  const holidaySet = new Set(holidays);
  return [
    ...holidays.map(day => ({ day, holiday: true })),
    ...clockChangeDays(hours, week, fromDay, toDay)
      .filter(day => !holidaySet.has(day))
      .map(day => ({ day, holiday: false })),
  ].sort((a, b) => a.day - b.day);
}
