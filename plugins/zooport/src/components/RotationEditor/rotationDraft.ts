import { IsoWeekday, RotationSpec } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

/** The rotation as the editor holds it while it is being written. */
export type RotationDraft = Omit<RotationSpec, 'anchor'>;

export const weekdays: { day: IsoWeekday; label: string }[] = [
  { day: 1, label: 'Monday' },
  { day: 2, label: 'Tuesday' },
  { day: 3, label: 'Wednesday' },
  { day: 4, label: 'Thursday' },
  { day: 5, label: 'Friday' },
  { day: 6, label: 'Saturday' },
  { day: 7, label: 'Sunday' },
];

/** A first rotation: weekly, Wednesdays at 09:00, starting next Wednesday. */
export function newRotation(timeZone: string): RotationDraft {
  const today = DateTime.now().setZone(timeZone);
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

/** The rotation without the anchor the backend keeps for itself. */
export function draftOf(rotation: RotationSpec): RotationDraft {
  const { anchor: _anchor, ...draft } = rotation;
  return { requiredCapabilities: [], ...draft };
}

/** The list with the item at `from` moved to `to`. */
export function moved<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length || from === to) {
    return items;
  }
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** "a, b , c" → ["a", "b", "c"]. */
export function listOf(text: string): string[] {
  return text
    .split(',')
    .map(part => part.trim())
    .filter(Boolean);
}
