import { DateTime } from 'luxon';
import { memoize } from '../time/memoize';
import { instantAtWallClock, wallClockDate } from '../time/wallClock';
import { RotationSpec } from './types';

/** @public */
export interface ShiftBounds {
  /** 0 for the first shift of the rotation. */
  index: number;
  start: DateTime;
  end: DateTime;
}

function shiftLengthInDays(spec: RotationSpec): number {
  return spec.shiftLength.count * (spec.shiftLength.unit === 'week' ? 7 : 1);
}

const parseStartDate = memoize(
  (start: string) => DateTime.fromISO(start, { zone: 'UTC' }),
  (start: string) => start,
);

function firstShiftDate(spec: RotationSpec): DateTime {
  return parseStartDate(spec.start);
}

/** When shift `index` starts: its handoff on the rotation's wall clock. */
export const shiftStart = memoize(
  (spec: RotationSpec, index: number): DateTime => {
    const date = firstShiftDate(spec).plus({
      days: index * shiftLengthInDays(spec),
    });
    return instantAtWallClock(date, spec.handoff.time, spec.timeZone);
  },
  (spec: RotationSpec, index: number) =>
    [
      spec.start,
      spec.shiftLength.unit,
      spec.shiftLength.count,
      spec.handoff.time,
      spec.timeZone,
      index,
    ].join('|'),
);

/** @public */
export function shiftBounds(spec: RotationSpec, index: number): ShiftBounds {
  return {
    index,
    start: shiftStart(spec, index),
    end: shiftStart(spec, index + 1),
  };
}

/**
 * The shift that covers `at`, or undefined before the rotation starts.
 * Constant time however far `at` is from the start: the calendar distance
 * gives the index, and one comparison settles a handoff later that day.
 *
 * @public
 */
export function shiftAt(
  spec: RotationSpec,
  at: DateTime,
): ShiftBounds | undefined {
  const localDate = wallClockDate(at, spec.timeZone);
  // Both are UTC midnights, so the plain duration is a whole number of days.
  const days = Math.round(localDate.diff(firstShiftDate(spec)).as('days'));
  let index = Math.floor(days / shiftLengthInDays(spec));
  let start = shiftStart(spec, index);
  let end: DateTime;
  if (start > at) {
    index -= 1;
    end = start;
    start = shiftStart(spec, index);
  } else {
    end = shiftStart(spec, index + 1);
  }
  if (index < 0) {
    return undefined;
  }
  return { index, start, end };
}
