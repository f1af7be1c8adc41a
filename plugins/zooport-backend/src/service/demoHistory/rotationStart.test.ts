import {
  RotationSpec,
  rotationMembers,
  shiftAt,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { rotationBegunBy } from './rotationStart';

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });

function rotation(changes: Partial<RotationSpec>): RotationSpec {
  return {
    timeZone: 'Europe/Berlin',
    handoff: { day: 1, time: '09:00' },
    shiftLength: { unit: 'week', count: 1 },
    membersPerShift: 1,
    start: '2026-06-08',
    participants: ['ada', 'bo', 'cy'].map(name => ({
      userRef: `user:default/${name}`,
      capabilities: [],
    })),
    fallback: null,
    observers: [],
    ...changes,
  } as RotationSpec;
}

describe('rotationBegunBy', () => {
  it.each([
    ['weekly, one of three a shift', {}, '2026-03-16'],
    ['weekly, two of three a shift', { membersPerShift: 2 }, '2026-03-16'],
    [
      'weekly, two of four a shift',
      {
        membersPerShift: 2,
        participants: rotation({}).participants.concat({
          userRef: 'user:default/di',
          capabilities: [],
        }),
      },
      '2026-03-30',
    ],
    [
      'daily, one of three a shift',
      {
        shiftLength: { unit: 'day' as const, count: 1 },
      },
      '2026-03-31',
    ],
  ])('%s: starts whole rounds earlier', (_, changes, start) => {
    const configured = rotation(changes);
    const begun = rotationBegunBy(configured, berlin('2026-04-01T00:00'));
    expect(begun.start).toBe(start);
    // Whoever is on duty now stays on duty.
    const now = berlin('2026-06-10T12:00');
    const members = (spec: RotationSpec) =>
      rotationMembers(spec, shiftAt(spec, now)!.index);
    expect(members(begun)).toEqual(members(configured));
  });

  it('keeps a rotation that has begun by then', () => {
    const configured = rotation({ start: '2026-01-05' });
    expect(rotationBegunBy(configured, berlin('2026-04-01T00:00'))).toBe(
      configured,
    );
  });
});
