import { ScheduledShift } from '@zooport/plugin-zooport-common';

/** Someone the rotation puts on duty in the same role two shifts in a row. */
export interface BackToBack {
  userRef: string;
  role: string;
  /** The start of the second of the first two such shifts. */
  start: string;
  /** How often it happens in the shifts looked at. */
  times: number;
}

/**
 * Who would serve back-to-back shifts in the same role, from the rotation
 * itself (overrides aside): after a reorder, or with fewer people than
 * places; once per person and role. A pair's secondary who becomes primary
 * next is the usual hand over, not a repeat.
 */
export function backToBackShifts(shifts: ScheduledShift[]): BackToBack[] {
  const rotationPeople = (shift: ScheduledShift) =>
    (shift.segments[0]?.onDuty ?? []).filter(p => p.source === 'rotation');
  const repeats: BackToBack[] = [];
  shifts.forEach((shift, i) => {
    const previous = shifts[i - 1];
    if (!previous) {
      return;
    }
    const before = rotationPeople(previous);
    for (const person of rotationPeople(shift)) {
      if (
        !before.some(
          p => p.userRef === person.userRef && p.role === person.role,
        )
      ) {
        continue;
      }
      const seen = repeats.find(
        r => r.userRef === person.userRef && r.role === person.role,
      );
      if (seen) {
        seen.times += 1;
      } else {
        repeats.push({
          userRef: person.userRef,
          role: person.role,
          start: shift.start,
          times: 1,
        });
      }
    }
  });
  return repeats;
}
