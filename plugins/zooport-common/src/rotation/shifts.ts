import { DateTime } from 'luxon';
import { instantAtWallClock } from '../time/wallClock';
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

function firstShiftDate(spec: RotationSpec): DateTime {
  return DateTime.fromISO(spec.start, { zone: 'UTC' });
}

/** When shift `index` starts: its handoff on the rotation's wall clock. */
export function shiftStart(spec: RotationSpec, index: number): DateTime {
  const date = firstShiftDate(spec).plus({
    days: index * shiftLengthInDays(spec),
  });
  return instantAtWallClock(date, spec.handoff.time, spec.timeZone);
}

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
  const local = at.setZone(spec.timeZone);
  const localDate = DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day },
    { zone: 'UTC' },
  );
  const days = Math.floor(localDate.diff(firstShiftDate(spec), 'days').days);
  let index = Math.floor(days / shiftLengthInDays(spec));
  if (shiftStart(spec, index) > at) {
    index -= 1;
  }
  if (index < 0) {
    return undefined;
  }
  return shiftBounds(spec, index);
}
