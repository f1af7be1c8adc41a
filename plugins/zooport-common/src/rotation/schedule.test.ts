import { DateTime } from 'luxon';
import { scheduleBetween } from './schedule';
import {
  alice,
  bob,
  carol,
  dave,
  fallback,
  weeklyBerlinRotation,
} from '../__testUtils__/testRotation';
import { RotationOverride } from './types';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

describe('scheduleBetween', () => {
  it('lists every shift that overlaps the range, in the team zone', () => {
    const shifts = scheduleBetween(
      weeklyBerlinRotation(),
      [],
      at('2026-01-10T00:00:00Z'),
      at('2026-03-04T00:00:00Z'),
    );
    expect(shifts.map(s => s.start)).toEqual([
      '2026-01-07T09:00:00.000+01:00',
      '2026-01-14T09:00:00.000+01:00',
      '2026-01-21T09:00:00.000+01:00',
      '2026-01-28T09:00:00.000+01:00',
      '2026-02-04T09:00:00.000+01:00',
      '2026-02-11T09:00:00.000+01:00',
      '2026-02-18T09:00:00.000+01:00',
      '2026-02-25T09:00:00.000+01:00',
    ]);
    expect(shifts.map(s => s.segments[0].onDuty[0].userRef)).toEqual([
      alice,
      bob,
      carol,
      alice,
      bob,
      carol,
      alice,
      bob,
    ]);
    expect(shifts.every(s => s.segments.length === 1 && !s.gap)).toBe(true);
  });

  it('starts with the first shift when the range begins before the rotation', () => {
    const [first] = scheduleBetween(
      weeklyBerlinRotation(),
      [],
      at('2025-12-01T00:00:00Z'),
      at('2026-01-08T00:00:00Z'),
    );
    expect(first.index).toBe(0);
  });

  it('splits a shift where an override starts and ends, and marks the gap', () => {
    const vacation: RotationOverride = {
      id: 'v',
      kind: 'remove',
      userRef: alice,
      start: '2026-01-09T00:00:00+01:00',
      end: '2026-01-11T00:00:00+01:00',
    };
    const [shift] = scheduleBetween(
      weeklyBerlinRotation({ fallback }),
      [vacation],
      at('2026-01-08T00:00:00Z'),
      at('2026-01-09T00:00:00Z'),
    );
    expect(
      shift.segments.map(s => [s.start, s.onDuty[0].userRef, s.gap]),
    ).toEqual([
      ['2026-01-07T09:00:00.000+01:00', alice, false],
      ['2026-01-09T00:00:00.000+01:00', fallback, true],
      ['2026-01-11T00:00:00.000+01:00', alice, false],
    ]);
    expect(shift.gap).toBe(true);
  });

  it('flags ahead of time a shift with nobody holding a required capability', () => {
    const spec = weeklyBerlinRotation({
      membersPerShift: 2,
      requiredCapabilities: ['production-access'],
      participants: [
        { userRef: alice, capabilities: ['production-access'] },
        { userRef: bob, capabilities: [] },
        { userRef: carol, capabilities: [] },
        { userRef: dave, capabilities: ['production-access'] },
      ],
    });
    const shifts = scheduleBetween(
      spec,
      [],
      at('2026-01-08T00:00:00Z'),
      at('2026-01-22T00:00:00Z'),
    );
    expect(shifts.map(s => s.missingCapabilities)).toEqual([[], [], []]);
    const spec2 = {
      ...spec,
      participants: [
        spec.participants[0],
        spec.participants[3],
        spec.participants[1],
        spec.participants[2],
      ],
    };
    const shifts2 = scheduleBetween(
      spec2,
      [],
      at('2026-01-08T00:00:00Z'),
      at('2026-01-22T00:00:00Z'),
    );
    // alice+dave, then bob+carol: the second shift breaks the rule
    expect(shifts2.map(s => s.missingCapabilities)).toEqual([
      [],
      ['production-access'],
      [],
    ]);
  });

  it('hands non-support days to the fallback, split at local midnight', () => {
    const [shift] = scheduleBetween(
      weeklyBerlinRotation({ fallback }),
      [],
      at('2026-01-08T00:00:00Z'),
      at('2026-01-09T00:00:00Z'),
      { timeZone: 'Europe/Berlin', supportDays: [1, 2, 3, 4, 5] },
    );
    expect(
      shift.segments.map(s => [s.start, s.onDuty[0].role, s.supportDay, s.gap]),
    ).toEqual([
      ['2026-01-07T09:00:00.000+01:00', 'primary', true, false],
      ['2026-01-10T00:00:00.000+01:00', 'fallback', false, false],
      ['2026-01-12T00:00:00.000+01:00', 'primary', true, false],
    ]);
    // A weekend without support is no gap, and needs no capability.
    expect(shift.gap).toBe(false);
  });
});
