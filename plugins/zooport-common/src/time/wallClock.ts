import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { memoize } from './memoize';

/** A local time of day, "HH:mm", 00:00–23:59. */
export type TimeOfDay = string;

const timeOfDayPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** @public */
export function isTimeOfDay(value: string): value is TimeOfDay {
  return timeOfDayPattern.test(value);
}

/**
 * Whether `zone` names an IANA time zone, e.g. Europe/Berlin or UTC. Luxon's
 * own names (`local`, `system`, `UTC+2`) are refused: `local` would be
 * whatever zone the backend happens to run in.
 *
 * @public
 */
export function isValidTimeZone(zone: string): boolean {
  // Node also takes offsets such as +02:00, which are not zones with rules.
  return /^[A-Za-z]/.test(zone) && IANAZone.isValidZone(zone);
}

/**
 * A valid zone as the time zone database spells it: europe/berlin becomes
 * Europe/Berlin. Other names (links such as Asia/Calcutta) stay as given.
 *
 * @public
 */
export function spelledTimeZone(zone: string): string {
  const { timeZone } = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
  }).resolvedOptions();
  return timeZone.toLowerCase() === zone.toLowerCase() ? timeZone : zone;
}

/** The hour and minute of a time of day; throws on anything else. */
export function parseTimeOfDay(time: TimeOfDay): {
  hour: number;
  minute: number;
} {
  const match = timeOfDayPattern.exec(time);
  if (!match) {
    throw new TypeError(`Not a time of day (HH:mm): ${time}`);
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * The calendar day (as a UTC midnight) that the wall clock of `zone` shows
 * at `instant`.
 *
 * @public
 */
export const wallClockDate = memoize(
  (instant: DateTime, zone: string): DateTime => {
    const local = instant.setZone(zone);
    return DateTime.fromObject(
      { year: local.year, month: local.month, day: local.day },
      { zone: 'UTC' },
    );
  },
  (instant: DateTime, zone: string) => `${instant.toMillis()} ${zone}`,
);

/**
 * The instant at which the wall clock of `zone` shows `time` on the calendar
 * day `date` (only its year, month and day are read).
 *
 * - A wall time that does not exist (inside a spring-forward gap) resolves to
 *   the first instant after the gap: 02:30 becomes 03:00 in Europe/Berlin.
 * - A wall time that exists twice (fall back) resolves to its first
 *   occurrence.
 *
 * @public
 */
export const instantAtWallClock = memoize(
  computeInstantAtWallClock,
  (date: DateTime, time: TimeOfDay, zone: string) =>
    `${date.year}-${date.month}-${date.day} ${time} ${zone}`,
);

function computeInstantAtWallClock(
  date: DateTime,
  time: TimeOfDay,
  zone: string,
): DateTime {
  const wall = {
    year: date.year,
    month: date.month,
    day: date.day,
    ...parseTimeOfDay(time),
  };
  const around = DateTime.fromObject(wall, { zone });
  // Fast path: the wall time exists, and no offset change in the three hours
  // before it could have made it occur twice (clock changes are under 3 h).
  if (
    around.hour === wall.hour &&
    around.minute === wall.minute &&
    around.minus({ hours: 3 }).offset === around.offset
  ) {
    return around;
  }
  // The offsets in force around that day; a zone changes offset at most once
  // in such a window, so every valid reading of the wall time uses one of them.
  const offsets = new Set([
    around.minus({ days: 1 }).offset,
    around.offset,
    around.plus({ days: 1 }).offset,
  ]);
  const readings = [...offsets]
    .map(offset =>
      DateTime.fromObject(wall, {
        zone: FixedOffsetZone.instance(offset),
      }).setZone(zone),
    )
    .filter(
      reading =>
        reading.hour === wall.hour &&
        reading.minute === wall.minute &&
        reading.day === wall.day,
    )
    .sort((a, b) => a.toMillis() - b.toMillis());
  if (readings.length > 0) {
    return readings[0];
  }
  return endOfGapContaining(wall, zone);
}

/**
 * The first instant after the spring-forward gap that swallowed `wall`:
 * the moment the zone switches to its later offset.
 */
function endOfGapContaining(
  wall: Parameters<typeof DateTime.fromObject>[0],
  zone: string,
): DateTime {
  const offsets = [
    DateTime.fromObject(wall, { zone }).minus({ days: 1 }).offset,
    DateTime.fromObject(wall, { zone }).plus({ days: 1 }).offset,
  ];
  const readAt = (offset: number) =>
    DateTime.fromObject(wall, {
      zone: FixedOffsetZone.instance(offset),
    }).setZone(zone);
  // Reading the wall time with the later offset lands before the switch, with
  // the earlier offset after it; halve that window down to the minute.
  let before = readAt(Math.max(...offsets));
  let after = readAt(Math.min(...offsets));
  const laterOffset = after.offset;
  while (after.diff(before, 'minutes').minutes > 1) {
    const middle = before.plus({
      minutes: Math.floor(after.diff(before, 'minutes').minutes / 2),
    });
    if (middle.offset === laterOffset) {
      after = middle;
    } else {
      before = middle;
    }
  }
  return after;
}

/**
 * An instant as the API writes it: ISO 8601 with the offset of `zone`.
 *
 * @public
 */
export const toWireInstant = memoize(
  (instant: DateTime, zone: string): string => instant.setZone(zone).toISO()!,
  (instant: DateTime, zone: string) => `${instant.toMillis()} ${zone}`,
);
