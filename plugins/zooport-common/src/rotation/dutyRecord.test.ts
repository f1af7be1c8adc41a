import { DateTime } from 'luxon';
import {
  advanceRecord,
  dutyMoments,
  nextDutyChange,
  OpenRecord,
  RecordedShift,
  RecordedStretch,
  RotationInForce,
} from './dutyRecord';
import {
  alice,
  fallback,
  weeklyBerlinRotation,
} from '../__testUtils__/testRotation';

const berlin = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'Europe/Berlin' });
const utc = (iso: string) => berlin(iso).toUTC().toISO();

/** Weekdays only, the fallback on weekends; saved well before. */
const weekdays: RotationInForce = {
  from: berlin('2026-10-01T00:00'),
  rotation: weeklyBerlinRotation({ fallback }),
  calendar: { timeZone: 'Europe/Berlin', supportDays: [1, 2, 3, 4, 5] },
};

/** Applies a run's writes to rows kept in memory, as the store does. */
function apply(
  rows: { shifts: RecordedShift[]; stretches: RecordedStretch[] },
  writes: ReturnType<typeof advanceRecord>,
) {
  for (const closed of writes.closedShifts) {
    rows.shifts.find(s => s.start === closed.start && !s.end)!.end = closed.end;
  }
  for (const closed of writes.closedStretches) {
    rows.stretches.find(
      s =>
        s.userRef === closed.userRef &&
        s.role === closed.role &&
        s.start === closed.start &&
        !s.end,
    )!.end = closed.end;
  }
  rows.shifts.push(...writes.openedShifts.map(s => ({ ...s })));
  rows.stretches.push(...writes.openedStretches.map(s => ({ ...s })));
}

function recordInSteps(from: DateTime, to: DateTime, step: object) {
  const rows = { shifts: [], stretches: [] } as {
    shifts: RecordedShift[];
    stretches: RecordedStretch[];
  };
  for (let start = from; start < to; start = start.plus(step)) {
    const end = DateTime.min(to, start.plus(step));
    const open: OpenRecord = {
      shift: rows.shifts.find(s => !s.end),
      stretches: rows.stretches.filter(s => !s.end),
    };
    apply(rows, advanceRecord(open, dutyMoments([weekdays], [], start, end)));
  }
  return rows;
}

describe('dutyMoments and advanceRecord', () => {
  const from = berlin('2026-10-23T12:00');
  const to = berlin('2026-10-26T12:00');

  it('records the fallback over a weekend the clocks go back in', () => {
    const { shifts, stretches } = recordInSteps(from, to, { days: 3 });
    expect(shifts.map(s => [s.start, s.end])).toEqual([
      [utc('2026-10-23T12:00'), null],
    ]);
    const carol = 'user:default/carol';
    expect(
      stretches.map(s => [s.userRef, s.role, s.source, s.start, s.end]),
    ).toEqual([
      [
        carol,
        'primary',
        'rotation',
        utc('2026-10-23T12:00'),
        '2026-10-23T22:00:00.000Z',
      ],
      [
        fallback,
        'fallback',
        'fallback',
        '2026-10-23T22:00:00.000Z',
        '2026-10-25T23:00:00.000Z',
      ],
      [carol, 'primary', 'rotation', '2026-10-25T23:00:00.000Z', null],
    ]);
  });

  it('records the same rows in steps of an hour as in one run', () => {
    expect(recordInSteps(from, to, { hours: 1 })).toEqual(
      recordInSteps(from, to, { days: 3 }),
    );
  });

  it('ends the shift at the handoff and starts the next', () => {
    const { shifts } = recordInSteps(
      berlin('2026-10-27T12:00'),
      berlin('2026-10-29T12:00'),
      { hours: 7 },
    );
    expect(shifts.map(s => [s.start, s.end, s.members])).toEqual([
      [
        utc('2026-10-27T12:00'),
        utc('2026-10-28T09:00'),
        ['user:default/carol'],
      ],
      [utc('2026-10-28T09:00'), null, [alice]],
    ]);
  });
});

describe('nextDutyChange', () => {
  it('is the next support day boundary, handoff or override edge', () => {
    const friday = berlin('2026-10-23T12:00');
    expect(+nextDutyChange(weekdays, [], friday)!).toBe(
      +berlin('2026-10-24T00:00'),
    );
    const everyDay = { ...weekdays, calendar: { timeZone: 'Europe/Berlin' } };
    expect(+nextDutyChange(everyDay, [], friday)!).toBe(
      +berlin('2026-10-28T09:00'),
    );
    const override = {
      override: {
        id: 'o1',
        kind: 'remove' as const,
        userRef: 'user:default/carol',
        start: berlin('2026-10-23T15:00').toISO()!,
        end: berlin('2026-10-23T18:00').toISO()!,
      },
      from: berlin('2026-10-20T00:00'),
    };
    expect(+nextDutyChange(everyDay, [override], friday)!).toBe(
      +berlin('2026-10-23T15:00'),
    );
  });

  it('is a handoff exactly at the instant asked about', () => {
    const handoff = berlin('2026-10-28T09:00');
    expect(+nextDutyChange(weekdays, [], handoff)!).toBe(+handoff);
  });

  it('is none without a rotation', () => {
    expect(
      nextDutyChange({ ...weekdays, rotation: null }, [], berlin('2026-10-23')),
    ).toBeUndefined();
  });
});
