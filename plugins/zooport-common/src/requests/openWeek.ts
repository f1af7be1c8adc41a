import { DateTime } from 'luxon';
import { SupportHours } from '../desks/types';
import { IsoWeekday } from '../rotation/types';
import { dayNumberOf, weekdayOfDayNumber } from '../time/calendarDays';
import { memoize } from '../time/memoize';
import { TimeOfDay, parseTimeOfDay } from '../time/wallClock';

/** From the first opening to the last closing of a day, in minutes of the day. */
export interface DayWindow {
  opens: number;
  closes: number;
}

/**
 * The desk's hours as a week of wall-clock minutes: what a regular day (no
 * holiday, no clock change near its hours) of each weekday holds.
 */
export interface OpenWeek {
  /** Open minutes of a regular day, by ISO weekday (index 0 unused). */
  minutesOn: number[];
  /** When a regular day opens and closes, by ISO weekday; none when closed. */
  windowOn: (DayWindow | undefined)[];
  /** Open minutes of a regular week. */
  minutes: number;
  /** The holidays that fall on open weekdays, as sorted day numbers. */
  holidays: number[];
}

const isoWeekdays: IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

function minuteOfDay(time: TimeOfDay): number {
  const { hour, minute } = parseTimeOfDay(time);
  return hour * 60 + minute;
}

function isSupportWeekday(hours: SupportHours, weekday: IsoWeekday): boolean {
  // No support days listed means every day, as for rotations.
  return !hours.supportDays?.length || hours.supportDays.includes(weekday);
}

/** The ranges of one weekday as sorted, merged minutes of the day. */
function openRangesOn(
  hours: SupportHours,
  weekday: IsoWeekday,
): [number, number][] {
  if (!isSupportWeekday(hours, weekday)) {
    return [];
  }
  const ranges = hours.weekly
    .filter(range => range.day === weekday)
    .map(range => [minuteOfDay(range.start), minuteOfDay(range.end)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) {
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function holidayDayNumbers(hours: SupportHours, week: OpenWeek): number[] {
  const days = hours.holidays.flatMap(holiday => {
    // A holiday matches the day whose ISO date it is, written out exactly.
    const match = isoDatePattern.exec(holiday);
    const date =
      match &&
      DateTime.utc(Number(match[1]), Number(match[2]), Number(match[3]));
    return date?.isValid ? [dayNumberOf(date)] : [];
  });
  return [...new Set(days)]
    .filter(day => week.minutesOn[weekdayOfDayNumber(day)] > 0)
    .sort((a, b) => a - b);
}

function computeOpenWeek(hours: SupportHours): OpenWeek {
  const week: OpenWeek = {
    minutesOn: [0],
    windowOn: [undefined],
    minutes: 0,
    holidays: [],
  };
  for (const weekday of isoWeekdays) {
    const ranges = openRangesOn(hours, weekday);
    const minutes = ranges.reduce((sum, [start, end]) => sum + end - start, 0);
    week.minutesOn[weekday] = minutes;
    week.windowOn[weekday] = ranges.length
      ? { opens: ranges[0][0], closes: ranges[ranges.length - 1][1] }
      : undefined;
    week.minutes += minutes;
  }
  week.holidays = holidayDayNumbers(hours, week);
  return week;
}

/**
 * Each desk's hours are worked out once: per object (support hours are read
 * as immutable), and per content for the copies each request reads.
 */
const openWeeks = new WeakMap<SupportHours, OpenWeek>();
const openWeeksByContent = memoize(
  computeOpenWeek,
  (hours: SupportHours) => JSON.stringify(hours),
  1_000,
);

export function openWeekOf(hours: SupportHours): OpenWeek {
  let week = openWeeks.get(hours);
  if (!week) {
    week = openWeeksByContent(hours);
    openWeeks.set(hours, week);
  }
  return week;
}
