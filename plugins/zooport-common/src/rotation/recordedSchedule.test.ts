import { DateTime } from 'luxon';
import { RecordedStretch, RotationInForce } from './dutyRecord';
import { SupportCalendar } from './onDuty';
import {
  joinSchedules,
  recordedOnDuty,
  recordedScheduledShift,
} from './recordedSchedule';
import { scheduleBetween } from './schedule';
import {
  alice,
  bob,
  fallback,
  weeklyBerlinRotation,
} from '../__testUtils__/testRotation';

const zone = 'Europe/Berlin';
const berlin = (iso: string) => DateTime.fromISO(iso, { zone });
const utc = (iso: string) => berlin(iso).toUTC().toISO()!;
const inForce = (from: string, calendar: SupportCalendar): RotationInForce => ({
  from: berlin(from),
  rotation: weeklyBerlinRotation(),
  calendar,
});

const stretches: RecordedStretch[] = [
  {
    userRef: bob,
    role: 'secondary',
    source: 'override',
    start: utc('2026-10-21T12:00'),
    end: utc('2026-10-22T12:00'),
  },
  {
    userRef: alice,
    role: 'primary',
    source: 'rotation',
    start: utc('2026-10-21T09:00'),
    end: null,
  },
  {
    userRef: fallback,
    role: 'observer',
    source: 'rotation',
    start: utc('2026-10-01T00:00'),
    end: null,
  },
];

describe('recordedOnDuty', () => {
  it('has the primary first and leaves observers out', () => {
    expect(
      recordedOnDuty(
        stretches,
        berlin('2026-10-21T13:00'),
        berlin('2026-10-23T00:00'),
      ),
    ).toEqual([
      { userRef: alice, role: 'primary', source: 'rotation' },
      { userRef: bob, role: 'secondary', source: 'override' },
    ]);
  });

  it('has nobody past where the record stops', () => {
    expect(
      recordedOnDuty(
        stretches,
        berlin('2026-10-23T01:00'),
        berlin('2026-10-23T00:00'),
      ),
    ).toEqual([]);
  });
});

describe('recordedScheduledShift', () => {
  it('cuts segments where the people change, running up to the record end', () => {
    const shift = recordedScheduledShift(
      {
        index: 41,
        start: utc('2026-10-21T09:00'),
        end: null,
        members: [alice],
      },
      stretches,
      berlin('2026-10-23T00:00'),
      [inForce('2026-10-01T00:00', { timeZone: zone })],
    );
    expect(shift.end).toBe('2026-10-23T00:00:00.000+02:00');
    expect(
      shift.segments.map(s => [s.start, s.onDuty.map(m => m.userRef)]),
    ).toEqual([
      ['2026-10-21T09:00:00.000+02:00', [alice]],
      ['2026-10-21T12:00:00.000+02:00', [alice, bob]],
      ['2026-10-22T12:00:00.000+02:00', [alice]],
    ]);
  });
});

describe('recordedScheduledShift across revisions', () => {
  const weekOfAlice = (revisions: RotationInForce[]) =>
    recordedScheduledShift(
      {
        index: 41,
        start: utc('2026-10-21T09:00'),
        end: utc('2026-10-28T09:00'),
        members: [alice],
      },
      stretches.slice(1),
      berlin('2026-10-30T00:00'),
      revisions,
    );

  it('keeps the support days of the revision in force at each instant', () => {
    // Weekdays in Berlin until Friday noon, then Tuesday to Saturday in
    // Auckland (11 hours ahead, 12 once Berlin leaves summer time): Sunday
    // and Monday there are off.
    const shift = weekOfAlice([
      inForce('2026-10-01T00:00', {
        timeZone: zone,
        supportDays: [1, 2, 3, 4, 5],
      }),
      inForce('2026-10-23T12:00', {
        timeZone: 'Pacific/Auckland',
        supportDays: [2, 3, 4, 5, 6],
      }),
    ]);
    expect(shift.start).toBe('2026-10-21T09:00:00.000+02:00');
    expect(
      shift.segments.map(s => [
        DateTime.fromISO(s.start).setZone(zone).toISO(),
        s.supportDay,
      ]),
    ).toEqual([
      ['2026-10-21T09:00:00.000+02:00', true],
      ['2026-10-24T13:00:00.000+02:00', false],
      ['2026-10-26T12:00:00.000+01:00', true],
    ]);
  });

  it('writes a shift in the zone in force at its start', () => {
    const shift = weekOfAlice([
      {
        ...inForce('2026-10-01T00:00', { timeZone: 'Pacific/Auckland' }),
        rotation: null,
      },
    ]);
    expect(shift.start).toBe('2026-10-21T20:00:00.000+13:00');
  });
});

describe('joinSchedules', () => {
  const computed = scheduleBetween(
    weeklyBerlinRotation(),
    [],
    berlin('2026-10-14T00:00'),
    berlin('2026-11-05T00:00'),
  );

  it('shows no shifts where the record covers a stretch without any', () => {
    const joined = joinSchedules({
      recorded: [],
      lastRunning: false,
      computed,
      from: berlin('2026-10-14T00:00'),
      recordFrom: berlin('2026-10-20T00:00'),
      until: berlin('2026-10-30T00:00'),
      zone,
    });
    expect(joined.map(s => [s.start, s.end])).toEqual([
      ['2026-10-07T09:00:00.000+02:00', '2026-10-14T09:00:00.000+02:00'],
      ['2026-10-14T09:00:00.000+02:00', '2026-10-20T00:00:00.000+02:00'],
      ['2026-10-30T00:00:00.000+01:00', '2026-11-04T09:00:00.000+01:00'],
      ['2026-11-04T09:00:00.000+01:00', '2026-11-11T09:00:00.000+01:00'],
    ]);
  });

  it('goes on with the computed rest of a recorded shift still running', () => {
    const until = berlin('2026-10-23T00:00');
    const recorded = recordedScheduledShift(
      {
        index: 41,
        start: utc('2026-10-21T09:00'),
        end: null,
        members: [alice],
      },
      stretches.slice(1),
      until,
      [inForce('2026-10-01T00:00', { timeZone: zone })],
    );
    const joined = joinSchedules({
      recorded: [recorded],
      lastRunning: true,
      computed: computed.filter(s => s.index === 41),
      from: berlin('2026-10-21T09:00'),
      recordFrom: berlin('2026-10-01T00:00'),
      until,
      zone,
    });
    expect(
      joined.map(s => [
        s.start,
        s.end,
        s.segments.map(segment => [
          segment.start,
          segment.onDuty.map(m => m.userRef),
        ]),
      ]),
    ).toEqual([
      [
        '2026-10-21T09:00:00.000+02:00',
        '2026-10-28T09:00:00.000+01:00',
        // As recorded up to where the record stops, as computed after.
        [
          ['2026-10-21T09:00:00.000+02:00', [alice]],
          ['2026-10-23T00:00:00.000+02:00', ['user:default/carol']],
        ],
      ],
    ]);
  });
});
