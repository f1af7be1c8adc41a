import { SupportHours } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { between, Random, weighted } from './random';

/** How busy each weekday is: Monday mornings are the peak. */
const dayWeight = (day: number) => ({ 1: 2.5, 5: 0.7 }[day] ?? 1);

/** How busy each hour of a support day is on the desk's wall clock. */
const hourWeight = (hour: number) =>
  ({ 9: 3, 10: 2.2, 11: 1.4, 12: 0.5, 14: 1.8, 15: 1.4 }[hour] ?? 1);

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/**
 * When people filed requests at a desk over the `weeks` before `now`:
 * `perWeek` a week (a range), within its support hours, more on Monday
 * mornings and early afternoons; holidays are skipped. Oldest first.
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
  const since = now.minus({ weeks });
  const thisWeek = now.setZone(zone).startOf('week');
  const times: DateTime[] = [];
  for (let week = weeks; week >= 0; week--) {
    const weekStart = thisWeek.minus({ weeks: week });
    const count = between(random, ...options.perWeek);
    for (let i = 0; i < count; i++) {
      const range = weighted(
        random,
        ranges.map(r => [r, dayWeight(r.day)] as [typeof r, number]),
      );
      const start = minutesOf(range.start);
      const end = range.end === '24:00' ? 24 * 60 : minutesOf(range.end);
      const firstHour = Math.floor(start / 60);
      const hoursOpen = Array.from(
        { length: Math.ceil(end / 60) - firstHour },
        (_, k) =>
          [firstHour + k, hourWeight(firstHour + k)] as [number, number],
      );
      const hour = weighted(random, hoursOpen);
      const minute = Math.min(
        Math.max(hour * 60 + between(random, 0, 59), start),
        end - 1,
      );
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
