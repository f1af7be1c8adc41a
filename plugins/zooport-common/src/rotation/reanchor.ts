import { DateTime } from 'luxon';
import { rotationMembers } from './onDuty';
import { shiftAt } from './shifts';
import { RotationSpec } from './types';

/**
 * Anchors an edited rotation so that editing it mid-shift does not change who
 * is on duty now: the whole current shift (a pair too) stays as it is. When
 * the primary was removed, the next participant (in the old order) who is
 * still in the rotation takes the rest of the shift; an emptied secondary
 * place goes to the next participant in the new order.
 *
 * @public
 */
export function reanchor(
  previous: RotationSpec | undefined,
  next: RotationSpec,
  now: DateTime,
): RotationSpec {
  const { anchor: _ignored, ...unanchored } = next;
  const currentShift = shiftAt(next, now);
  const previousShift = previous && shiftAt(previous, now);
  if (!previous || !currentShift || !previousShift) {
    return unanchored;
  }
  const [primary] = rotationMembers(previous, previousShift.index);
  if (!primary || next.participants.length === 0) {
    return unanchored;
  }
  const order = previous.participants.map(p => p.userRef);
  const from = order.indexOf(primary.userRef);
  let position = 0;
  for (let step = 0; step < order.length; step++) {
    const candidate = order[(from + step) % order.length];
    const found = next.participants.findIndex(p => p.userRef === candidate);
    if (found >= 0) {
      position = found;
      break;
    }
  }
  return {
    ...unanchored,
    anchor: {
      shift: currentShift.index,
      position,
      members: keptMembers(previous, previousShift.index, next, position),
    },
  };
}

/**
 * The people of the current shift after an edit: the new primary, then
 * whoever else was on duty and is still in the rotation, then (for places
 * that emptied) the next participants in the new order.
 */
function keptMembers(
  previous: RotationSpec,
  previousIndex: number,
  next: RotationSpec,
  position: number,
): string[] {
  const participants = next.participants.map(p => p.userRef);
  const places = Math.min(next.membersPerShift, participants.length);
  const members = [participants[position]];
  for (const member of rotationMembers(previous, previousIndex).slice(1)) {
    if (
      participants.includes(member.userRef) &&
      !members.includes(member.userRef)
    ) {
      members.push(member.userRef);
    }
  }
  for (let step = 1; step < participants.length; step++) {
    const candidate = participants[(position + step) % participants.length];
    if (!members.includes(candidate)) {
      members.push(candidate);
    }
  }
  return members.slice(0, places);
}
