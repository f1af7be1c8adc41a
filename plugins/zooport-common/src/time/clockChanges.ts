import { DateTime, Duration, IANAZone } from 'luxon';
import { minuteNumberOf, minutesPerDay } from './calendarDays';
import { memoize } from './memoize';

/**
 * A change of a zone's UTC offset, as the stretch of its wall clock that the
 * change can touch: every reading, with the offset before and after, of the
 * instants around it. Wall-clock minutes count from 1970-01-01 00:00 (day
 * number × 1440 + minute of the day).
 */
export interface ClockChange {
  firstWallMinute: number;
  lastWallMinute: number;
}

/**
 * Offsets are read this far apart. Two changes of one zone are always
 * further apart than that (the closest in the time zone database are 6 days
 * 21 hours apart, America/Noronha in October 2000; the predicted Ramadan
 * changes of Asia/Gaza are whole weeks apart), so between two readings the
 * offset changes at most once.
 */
const readingStep = Duration.fromObject({ days: 6 });
/** How closely a change is located; its wall-clock stretch covers the rest. */
const locatedWithinMinutes = 30;

/**
 * From this year on, zones follow their final yearly rules (the time zone
 * database lists single predicted changes only up to the 2080s), which
 * repeat with the Gregorian calendar: every 400 years, 146,097 days, a whole
 * number of weeks. Offsets 400 years apart agree for every zone from here on.
 */
const rulesRepeatFrom = 2100;
const cycleYears = 400;
const cycleDays = 146_097;

/**
 * The one change of offset between two instants that read `offsets`,
 * located by halving the stretch between them.
 */
function locateChange(
  offsetAt: (instant: DateTime) => number,
  [before, after]: [DateTime, DateTime],
  offsets: [number, number],
): ClockChange {
  let earlier = before;
  let later = after;
  while (later.diff(earlier).as('minutes') > locatedWithinMinutes) {
    const middle = earlier.plus({
      minutes: Math.floor(later.diff(earlier).as('minutes') / 2),
    });
    if (offsetAt(middle) === offsets[0]) {
      earlier = middle;
    } else {
      later = middle;
    }
  }
  // A wall clock reads UTC plus its offset.
  const readings = [earlier, later].flatMap(instant =>
    offsets.map(offset => minuteNumberOf(instant) + offset),
  );
  return {
    firstWallMinute: Math.min(...readings),
    lastWallMinute: Math.max(...readings),
  };
}

function findClockChanges(zone: string, year: number): ClockChange[] {
  const tz = IANAZone.create(zone);
  const offsetAt = (instant: DateTime) => tz.offset(instant.toMillis());
  const end = DateTime.utc(year + 1);
  const changes: ClockChange[] = [];
  let before = DateTime.utc(year);
  let offsetBefore = offsetAt(before);
  while (before < end) {
    const next = DateTime.min(before.plus(readingStep), end);
    const offsetNext = offsetAt(next);
    if (offsetNext !== offsetBefore) {
      changes.push(
        locateChange(offsetAt, [before, next], [offsetBefore, offsetNext]),
      );
    }
    before = next;
    offsetBefore = offsetNext;
  }
  return changes;
}

const clockChangesInYear = memoize(
  findClockChanges,
  (zone: string, year: number) => `${zone} ${year}`,
);

/**
 * The changes of `zone`'s UTC offset in the UTC year `year`, in order.
 * Found once per zone and year by reading offsets with luxon.
 */
export function clockChangesIn(zone: string, year: number): ClockChange[] {
  const cycles = Math.max(0, Math.floor((year - rulesRepeatFrom) / cycleYears));
  const changes = clockChangesInYear(zone, year - cycles * cycleYears);
  if (cycles === 0) {
    return changes;
  }
  const shift = cycles * cycleDays * minutesPerDay;
  return changes.map(change => ({
    firstWallMinute: change.firstWallMinute + shift,
    lastWallMinute: change.lastWallMinute + shift,
  }));
}
