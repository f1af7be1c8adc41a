import { DateTime, IANAZone } from 'luxon';
import { minuteNumberOf, minutesPerDay } from './calendarDays';

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
const readingStepDays = 6;
/** How closely a change is located; its wall-clock stretch covers the rest. */
const locatedWithinMinutes = 30;

/**
 * From 2100 on, zones follow their final yearly rules (the time zone database
 * lists single predicted changes only up to the 2080s), tied to the
 * Gregorian calendar, so a year's changes are those of an earlier year with
 * the same calendar, moved on by whole weeks:
 * - 400 years on, the calendar repeats (146,097 days);
 * - 28 years on, it repeats too while no leap day is skipped in between
 *   (10,227 days): from 2102 to 2198, 2202 to 2298 and 2302 to 2498, so
 *   that the years either side share it as well.
 * Offsets 400 and 28 years apart agree so, for every zone (checked on
 * sample years from 2100 to 2500).
 */
const rulesRepeatFrom = 2100;
const calendarCycle = { years: 400, days: 146_097 };
const leapCycle = { years: 28, days: 10_227 };

/** The year whose changes `year` repeats, and how many days later. */
function repeatedYear(year: number): { year: number; days: number } {
  const cycles = Math.max(
    0,
    Math.floor((year - rulesRepeatFrom) / calendarCycle.years),
  );
  const inCycle = year - cycles * calendarCycle.years;
  let days = cycles * calendarCycle.days;
  // 2400 is a leap year: the last stretch runs from 2302 to 2498.
  const century = Math.min(Math.floor(inCycle / 100) * 100, 2300);
  const first = century + 2;
  const last = century === 2300 ? 2498 : century + 98;
  if (inCycle < rulesRepeatFrom || inCycle > last) {
    return { year: inCycle, days };
  }
  const leapCycles = Math.floor((inCycle - first) / leapCycle.years);
  days += Math.max(0, leapCycles) * leapCycle.days;
  return {
    year: inCycle - Math.max(0, leapCycles) * leapCycle.years,
    days,
  };
}

/**
 * The one change of offset in the `minutes` after `before`, where the zone
 * reads `offsets` at either end, located by halving.
 */
function locateChange(
  offsetAt: (instant: DateTime) => number,
  before: DateTime,
  minutes: number,
  offsets: [number, number],
): ClockChange {
  let earlier = 0;
  let later = minutes;
  while (later - earlier > locatedWithinMinutes) {
    const middle = Math.floor((earlier + later) / 2);
    if (offsetAt(before.plus({ minutes: middle })) === offsets[0]) {
      earlier = middle;
    } else {
      later = middle;
    }
  }
  // A wall clock reads UTC plus its offset.
  const readings = [earlier, later].flatMap(minute =>
    offsets.map(offset => minuteNumberOf(before) + minute + offset),
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
    const next = DateTime.min(before.plus({ days: readingStepDays }), end);
    const offsetNext = offsetAt(next);
    if (offsetNext !== offsetBefore) {
      const minutes = next.diff(before).as('minutes');
      changes.push(
        locateChange(offsetAt, before, minutes, [offsetBefore, offsetNext]),
      );
    }
    before = next;
    offsetBefore = offsetNext;
  }
  return changes;
}

function computeClockChangesIn(zone: string, year: number): ClockChange[] {
  const repeated = repeatedYear(year);
  if (repeated.days === 0) {
    return findClockChanges(zone, year);
  }
  const shift = repeated.days * minutesPerDay;
  return clockChangesIn(zone, repeated.year).map(change => ({
    firstWallMinute: change.firstWallMinute + shift,
    lastWallMinute: change.lastWallMinute + shift,
  }));
}

/**
 * The years worked out, per zone; a search over centuries asks for each of
 * them, so they are looked up by number, without building a key.
 */
const changesByZone = new Map<string, Map<number, ClockChange[]>>();
/** Up to this many zone years are kept (each holds a change or two). */
const keptYears = 100_000;
let keptYearCount = 0;

/**
 * The changes of `zone`'s UTC offset in the UTC year `year`, in order.
 * Found once per zone and year by reading offsets with luxon.
 */
export function clockChangesIn(zone: string, year: number): ClockChange[] {
  let byYear = changesByZone.get(zone);
  if (!byYear) {
    byYear = new Map();
    changesByZone.set(zone, byYear);
  }
  let changes = byYear.get(year);
  if (!changes) {
    if (keptYearCount >= keptYears) {
      byYear.clear();
      changesByZone.clear();
      changesByZone.set(zone, byYear);
      keptYearCount = 0;
    }
    changes = computeClockChangesIn(zone, year);
    byYear.set(year, changes);
    keptYearCount += 1;
  }
  return changes;
}
