import { MyShift, MyShifts } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

/** Where someone stands at one instant: on duty, observing, or next. */
export interface PersonDuty {
  /** One stretch per desk they are on duty at now, each until its true end. */
  onDuty: MyShift[];
  /** The shifts they shadow now. */
  observing: MyShift[];
  /** Their next stretch of duty when they are on duty nowhere now. */
  next?: MyShift;
}

const isUnderWay = (now: DateTime) => (shift: MyShift) =>
  DateTime.fromISO(shift.start) <= now && DateTime.fromISO(shift.end) > now;

/**
 * The stretch under way, until it really ends: an override elsewhere in the
 * shift splits it into segments that follow each other without a gap.
 */
function untilItEnds(current: MyShift, shifts: MyShift[]): MyShift {
  let end = current.end;
  for (const shift of shifts) {
    if (
      shift.teamRef === current.teamRef &&
      +DateTime.fromISO(shift.start) === +DateTime.fromISO(end)
    ) {
      end = shift.end;
    }
  }
  return { ...current, end };
}

/** Where someone stands at `now`, from their stretches sorted by start. */
export function personDutyAt(duty: MyShifts, now: DateTime): PersonDuty {
  const underWay = isUnderWay(now);
  const onDuty = duty.shifts
    .filter(underWay)
    .map(current => untilItEnds(current, duty.shifts));
  return {
    onDuty,
    observing: duty.observing.filter(underWay),
    next:
      onDuty.length === 0
        ? duty.shifts.find(shift => DateTime.fromISO(shift.start) > now)
        : undefined,
  };
}
