import { RotationSpec } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

/** The rotation as the editor holds it while it is being written. */
export type RotationDraft = Omit<RotationSpec, 'anchor'>;

/** A first rotation: weekly, Wednesdays at 09:00, starting next Wednesday. */
export function newRotation(timeZone: string, now: DateTime): RotationDraft {
  const today = now.setZone(timeZone);
  const nextWednesday = today.plus({ days: (3 - today.weekday + 7) % 7 || 7 });
  return {
    timeZone,
    handoff: { day: 3, time: '09:00' },
    shiftLength: { unit: 'week', count: 1 },
    membersPerShift: 1,
    participants: [],
    start: nextWednesday.toISODate()!,
    fallback: null,
    observers: [],
    requiredCapabilities: [],
  };
}

/** The rotation as written, without the anchor the backend keeps for itself. */
export function withoutAnchor(rotation: RotationSpec): RotationDraft {
  const { anchor: _anchor, ...written } = rotation;
  return written;
}

/** The rotation to edit: as written, with every setting filled in. */
export function draftOf(rotation: RotationSpec): RotationDraft {
  return { requiredCapabilities: [], ...withoutAnchor(rotation) };
}
