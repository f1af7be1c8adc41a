import { RotationSpec } from '../rotation/types';

export const alice = 'user:default/alice';
export const bob = 'user:default/bob';
export const carol = 'user:default/carol';
export const dave = 'user:default/dave';
export const fallback = 'user:default/frank';
export const newcomer = 'user:default/nina';

/** A weekly Wednesday 09:00 Europe/Berlin rotation of three people. */
export function weeklyBerlinRotation(
  changes: Partial<RotationSpec> = {},
): RotationSpec {
  return {
    timeZone: 'Europe/Berlin',
    handoff: { day: 3, time: '09:00' },
    shiftLength: { unit: 'week', count: 1 },
    membersPerShift: 1,
    participants: [alice, bob, carol].map(userRef => ({
      userRef,
      capabilities: [],
    })),
    start: '2026-01-07',
    fallback: null,
    observers: [],
    ...changes,
  };
}
