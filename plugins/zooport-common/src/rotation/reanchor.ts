import { DateTime } from 'luxon';
import { rotationMembers } from './onDuty';
import { shiftAt } from './shifts';
import { RotationSpec } from './types';

/**
 * Anchors an edited rotation so that editing it mid-shift does not change who
 * is on duty now. When the person on duty was removed, the next participant
 * (in the old order) who is still in the rotation takes the rest of the shift.
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
  for (let step = 0; step < order.length; step++) {
    const candidate = order[(from + step) % order.length];
    const position = next.participants.findIndex(p => p.userRef === candidate);
    if (position >= 0) {
      return { ...unanchored, anchor: { shift: currentShift.index, position } };
    }
  }
  return { ...unanchored, anchor: { shift: currentShift.index, position: 0 } };
}
