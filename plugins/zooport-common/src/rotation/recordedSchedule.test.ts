import { DateTime } from 'luxon';
import { RecordedStretch } from './dutyRecord';
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
      { timeZone: zone },
      zone,
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
      { timeZone: zone },
      zone,
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
