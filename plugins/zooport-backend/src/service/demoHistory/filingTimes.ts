import { SupportHours } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { between, chance, Random, seededRandom, weighted } from './random';

/** How busy each weekday is: Mondays the most, Fridays the least. */
const dayWeight = (day: number) =>
  ({ 1: 1.4, 2: 1.2, 4: 0.9, 5: 0.7 }[day] ?? 1);

/**
 * How busy each hour is on the desk's wall clock: the afternoon is the
 * peak, lunch is quiet.
 */
const hourWeight = (hour: number) =>
  ({ 9: 0.8, 10: 1.2, 11: 1.4, 12: 0.6, 13: 1.2, 14: 2.2, 15: 2.4, 16: 1.7 }[
    hour
  ] ?? 0.5);

/** The share of requests filed at a weekend, when someone needs it then. */
const WEEKEND_SHARE = 0.03;
/** Weekend requests come in the afternoon, on the desk's wall clock. */
const WEEKEND_HOURS = { start: '12:00', end: '18:00' };

/**
 * How much busier than usual a week is, the same at every desk (a release
 * week, a week of holidays): most weeks as usual, a few busy ones.
 */
function weekFactor(weekStart: DateTime): number {
  const random = seededRandom(`week ${weekStart.toISODate()}`);
  return weighted(random, [
    [1, 8],
    [1.7, 2],
    [0.6, 1],
  ]);
}

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

type DayHours = { day: number; start: string; end: string };

/** A minute of `range`'s day, by how busy each hour is. */
function minuteIn(range: DayHours, random: Random): number {
  const start = minutesOf(range.start);
  const end = range.end === '24:00' ? 24 * 60 : minutesOf(range.end);
  const firstHour = Math.floor(start / 60);
  const hoursOpen = Array.from(
    { length: Math.ceil(end / 60) - firstHour },
    (_, k) => [firstHour + k, hourWeight(firstHour + k)] as [number, number],
  );
  const hour = weighted(random, hoursOpen);
  return Math.min(Math.max(hour * 60 + between(random, 0, 59), start), end - 1);
}

/**
 * When people filed requests at a desk over the `weeks` before `now`:
 * `perWeek` a week (a range) in a usual week, more in a few busy weeks
 * shared by every desk, within its support hours, most in the afternoon;
 * now and then one at a weekend; holidays are skipped. Oldest first.
 */
export function filingTimes(options: {
  hours: SupportHours;
  weeks: number;
  perWeek: [number, number];
  now: DateTime;
  random: Random;
}): DateTime[] {
  const { hours, weeks, now, random } = options;
  const zone = hours.timeZone;
  const ranges = hours.weekly.filter(
    range => !hours.supportDays || hours.supportDays.includes(range.day),
  );
  if (!ranges.length) {
    return [];
  }
  const weekend = [6, 7]
    .filter(day => !ranges.some(range => range.day === day))
    .map(day => ({ day, ...WEEKEND_HOURS }));
  const since = now.minus({ weeks });
  const thisWeek = now.setZone(zone).startOf('week');
  const times: DateTime[] = [];
  for (let week = weeks; week >= 0; week--) {
    const weekStart = thisWeek.minus({ weeks: week });
    const count = Math.round(
      between(random, ...options.perWeek) * weekFactor(weekStart),
    );
    for (let i = 0; i < count; i++) {
      const range =
        weekend.length && chance(random, WEEKEND_SHARE)
          ? weekend[between(random, 0, weekend.length - 1)]
          : weighted(
              random,
              ranges.map(r => [r, dayWeight(r.day)] as [DayHours, number]),
            );
      const minute = minuteIn(range, random);
      const at = weekStart
        .plus({ days: range.day - 1 })
        .set({ hour: Math.floor(minute / 60), minute: minute % 60 });
      if (
        at > since &&
        at < now &&
        !hours.holidays.includes(at.toISODate() ?? '')
      ) {
        times.push(at);
      }
    }
  }
  return times.sort((a, b) => a.toMillis() - b.toMillis());
}
