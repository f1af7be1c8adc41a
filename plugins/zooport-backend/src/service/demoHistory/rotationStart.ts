import { RotationSpec, shiftStart } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/**
 * The rotation begun early enough for its first shift to start by `by`:
 * as configured when it does already, else started a whole number of
 * rounds earlier (a round: the shifts after which the same people are on
 * duty again), so that every shift keeps its handoff and its people.
 */
export function rotationBegunBy(
  rotation: RotationSpec,
  by: DateTime,
): RotationSpec {
  const { participants, membersPerShift, shiftLength } = rotation;
  const shiftsPerRound = participants.length
    ? participants.length /
      greatestCommonDivisor(participants.length, membersPerShift)
    : 1;
  const round = {
    [shiftLength.unit === 'week' ? 'weeks' : 'days']:
      shiftLength.count * shiftsPerRound,
  };
  let begun = rotation;
  while (shiftStart(begun, 0) > by) {
    begun = {
      ...begun,
      start: DateTime.fromISO(begun.start).minus(round).toISODate()!,
    };
  }
  return begun;
}
