import fc from 'fast-check';
import { DateTime } from 'luxon';
import { SupportHours } from '../desks/types';
import { IsoWeekday } from '../rotation/types';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  nextOpening,
} from './businessTime';
import {
  addMinutesDayByDay,
  minutesBetweenDayByDay,
} from './__testUtils__/dayByDay';
import { at } from './__testUtils__/testHours';

/** Zones with clock changes of an hour, of half an hour, and across a day. */
const timeZones = [
  'Europe/Berlin',
  'America/Chicago',
  'Australia/Lord_Howe',
  'Pacific/Apia',
  'America/Santiago',
  'UTC',
];

/** Mostly the hours in which clocks change, and the ends of a day. */
const timeOfDay = fc.oneof(
  fc.constantFrom('00:00', '00:30', '01:00', '01:30', '02:00', '02:30'),
  fc.constantFrom('03:00', '03:30', '04:00', '09:00', '17:00', '23:59'),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(
      ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
    ),
);

const weekday = fc.integer({ min: 1, max: 7 }) as fc.Arbitrary<IsoWeekday>;

const range = fc
  .record({ day: weekday, start: timeOfDay, end: timeOfDay })
  .filter(r => r.start < r.end);

/** The stretch the instants fall in: 2011 (Apia skips a day) to 2013. */
const first = at('2011-06-01T00:00:00Z');

/** Clock changes of the zones above, give or take a day. */
const clockChanges = [
  '2011-12-29T10:00:00Z',
  '2012-03-11T08:00:00Z',
  '2012-03-25T01:00:00Z',
  '2012-03-31T15:00:00Z',
  '2012-04-29T03:00:00Z',
  '2012-09-02T04:00:00Z',
  '2012-09-29T14:00:00Z',
  '2012-10-06T15:00:00Z',
  '2012-10-28T01:00:00Z',
  '2012-11-04T07:00:00Z',
].map(at);

const instant = fc.oneof(
  fc
    .integer({ min: 0, max: 2 * 366 * 24 * 60 })
    .map(minutes => first.plus({ minutes })),
  fc
    .tuple(
      fc.constantFrom(...clockChanges),
      fc.integer({ min: -60 * 24 * 60, max: 24 * 60 }),
    )
    .map(([change, minutes]) => change.plus({ minutes })),
);

const holiday = fc
  .integer({ min: 0, max: 3 * 366 })
  .map(days => first.plus({ days }).toISODate()!);

const hours: fc.Arbitrary<SupportHours> = fc.record(
  {
    timeZone: fc.constantFrom(...timeZones),
    weekly: fc.array(range, { minLength: 1, maxLength: 4 }),
    holidays: fc.array(holiday, { maxLength: 30 }),
    supportDays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
  },
  { requiredKeys: ['timeZone', 'weekly', 'holidays'] },
);

/** Checks `check` on desks' hours, a start and an amount of minutes. */
function forEveryCase(
  minutes: fc.Arbitrary<number>,
  check: (desk: SupportHours, from: DateTime, minutes: number) => void,
) {
  // A fixed seed: the same cases on every run, whatever the date.
  fc.assert(fc.property(hours, instant, minutes, check), {
    seed: 20_261_201,
    numRuns: 200,
  });
}

const target = fc.integer({ min: 0, max: 3000 });

describe('business time, against counting day by day', () => {
  it('gives the same deadlines', () => {
    forEveryCase(target, (desk, from, minutes) => {
      expect(addBusinessMinutes(desk, from, minutes)?.toISO()).toBe(
        addMinutesDayByDay(desk, from, minutes)?.toISO(),
      );
    });
  });

  it('gives the same minutes between two instants', () => {
    const apart = fc.integer({ min: -2 * 24 * 60, max: 400 * 24 * 60 });
    forEveryCase(apart, (desk, from, minutes) => {
      const to = from.plus({ minutes, seconds: minutes % 7 });
      expect(businessMinutesBetween(desk, from, to)).toBe(
        minutesBetweenDayByDay(desk, from, to),
      );
    });
  });

  it('counts the target between the start and the deadline', () => {
    forEveryCase(target, (desk, from, minutes) => {
      const deadline = addBusinessMinutes(desk, from, minutes);
      fc.pre(deadline !== null);
      expect(businessMinutesBetween(desk, from, deadline!)).toBe(minutes);
    });
  });
});

describe('a search for an opening', () => {
  const mondaysOnly: SupportHours = {
    timeZone: 'Europe/Berlin',
    weekly: [{ day: 1, start: '09:00', end: '09:01' }],
    holidays: [],
  };
  const allMondaysOf = (year: number) => {
    const mondays: string[] = [];
    for (
      let day = DateTime.utc(year, 1, 1).set({ weekday: 1 });
      day.year <= year;
      day = day.plus({ weeks: 1 })
    ) {
      if (day.year === year) {
        mondays.push(day.toISODate()!);
      }
    }
    return mondays;
  };

  it.each([
    ['a year of holidays', allMondaysOf(2027), null],
    [
      'a year of holidays but one',
      allMondaysOf(2027).filter(day => day !== '2027-12-27'),
      '2027-12-27T09:00:00.000+01:00',
    ],
  ])('gives up after %s, as day by day', (_, holidays, expected) => {
    const desk = { ...mondaysOnly, holidays };
    const from = at('2026-12-29T00:00:00+01:00');
    expect(nextOpening(desk, from)?.toISO() ?? null).toBe(expected);
    expect(addMinutesDayByDay(desk, from, 0)?.toISO() ?? null).toBe(expected);
  });

  it('reaches a target of 20,000 minutes at one minute a week, in 2411', () => {
    const firstMonday = at('2026-12-07T09:00:00+01:00').setZone(
      'Europe/Berlin',
    );
    const holidays = [
      '2026-12-28',
      '2027-01-01',
      ...allMondaysOf(2030).slice(1),
      firstMonday.plus({ weeks: 19_000 }).toISODate()!,
    ];
    // The 20,001st Monday that is not a holiday, at its opening.
    const expected = firstMonday.plus({ weeks: 20_000 + holidays.length - 1 });
    expect(expected.year).toBe(2411);
    expect(
      addBusinessMinutes(
        { ...mondaysOnly, holidays },
        at('2026-12-01T00:00:00+01:00'),
        20_000,
      )?.toISO(),
    ).toBe(expected.toISO());
  });
});
