import {
  addBusinessMinutes,
  businessMinutesBetween,
  isOpenAt,
  nextOpening,
} from './businessTime';
import {
  at,
  lunchBreakHours,
  nightHours,
  officeHours,
} from './__testUtils__/testHours';

const berlin = officeHours();
const mayDay = officeHours({ holidays: ['2026-05-01'] });
const monToWed = officeHours({ supportDays: [1, 2, 3] });
const chicago = officeHours({ timeZone: 'America/Chicago' });
const lordHowe = officeHours({ timeZone: 'Australia/Lord_Howe' });
const closed = officeHours({ weekly: [] });
const openOnlyOnExcludedDays = officeHours({ supportDays: [6, 7] });

const desks = {
  berlin,
  mayDay,
  monToWed,
  chicago,
  lunchBreak: lunchBreakHours,
  closed,
  openOnlyOnExcludedDays,
};

describe('addBusinessMinutes', () => {
  it.each([
    // description, hours, from, minutes, expected
    [
      'inside one day',
      berlin,
      '2026-01-12T10:00:00+01:00',
      90,
      '2026-01-12T11:30:00.000+01:00',
    ],
    [
      'over a weekend',
      berlin,
      '2026-01-09T16:30:00+01:00',
      60,
      '2026-01-12T09:30:00.000+01:00',
    ],
    [
      'from an instant in UTC, answered in the desk zone',
      berlin,
      '2026-01-09T15:30:00Z',
      60,
      '2026-01-12T09:30:00.000+01:00',
    ],
    [
      'over a holiday',
      mayDay,
      '2026-04-30T16:00:00+02:00',
      120,
      '2026-05-04T10:00:00.000+02:00',
    ],
    [
      'over a lunch break',
      lunchBreakHours,
      '2026-01-12T11:30:00+01:00',
      60,
      '2026-01-12T13:30:00.000+01:00',
    ],
    [
      'to a closing time: the next day opening',
      berlin,
      '2026-01-12T16:00:00+01:00',
      60,
      '2026-01-13T09:00:00.000+01:00',
    ],
    [
      'to the Friday closing time: Monday opening',
      berlin,
      '2026-01-09T16:00:00+01:00',
      60,
      '2026-01-12T09:00:00.000+01:00',
    ],
    [
      'to the lunch closing time: the afternoon opening',
      lunchBreakHours,
      '2026-01-12T11:00:00+01:00',
      60,
      '2026-01-12T13:00:00.000+01:00',
    ],
    [
      'from before opening',
      berlin,
      '2026-01-12T07:00:00+01:00',
      30,
      '2026-01-12T09:30:00.000+01:00',
    ],
    [
      'from a Saturday',
      berlin,
      '2026-01-10T12:00:00+01:00',
      30,
      '2026-01-12T09:30:00.000+01:00',
    ],
    [
      '0 minutes while open',
      berlin,
      '2026-01-12T10:15:00+01:00',
      0,
      '2026-01-12T10:15:00.000+01:00',
    ],
    [
      '0 minutes after closing',
      berlin,
      '2026-01-12T18:00:00+01:00',
      0,
      '2026-01-13T09:00:00.000+01:00',
    ],
    [
      'over days that are not support days',
      monToWed,
      '2026-01-14T16:00:00+01:00',
      120,
      '2026-01-19T10:00:00.000+01:00',
    ],
    [
      'over several days',
      berlin,
      '2026-01-12T09:00:00+01:00',
      3 * 480 + 30,
      '2026-01-15T09:30:00.000+01:00',
    ],
    [
      'over a weekend with the spring clock change',
      berlin,
      '2026-03-27T16:30:00+01:00',
      60,
      '2026-03-30T09:30:00.000+02:00',
    ],
    [
      'over a weekend with the autumn clock change',
      berlin,
      '2026-10-23T16:30:00+02:00',
      60,
      '2026-10-26T09:30:00.000+01:00',
    ],
    [
      'over a range holding the spring gap',
      nightHours('Europe/Berlin'),
      '2026-03-29T00:00:00+01:00',
      119,
      '2026-03-29T03:59:00.000+02:00',
    ],
    [
      'to the end of a range holding the spring gap',
      nightHours('Europe/Berlin'),
      '2026-03-29T00:00:00+01:00',
      120,
      '2026-04-05T01:00:00.000+02:00',
    ],
    [
      'into the first pass of a repeated hour',
      nightHours('Europe/Berlin'),
      '2026-10-25T01:00:00+02:00',
      90,
      '2026-10-25T02:30:00.000+02:00',
    ],
    [
      'into the second pass of a repeated hour',
      nightHours('Europe/Berlin'),
      '2026-10-25T01:00:00+02:00',
      150,
      '2026-10-25T02:30:00.000+01:00',
    ],
    [
      'over a Chicago weekend with the spring clock change',
      chicago,
      '2026-03-06T16:30:00-06:00',
      60,
      '2026-03-09T09:30:00.000-05:00',
    ],
    [
      'over the Chicago spring gap',
      nightHours('America/Chicago'),
      '2026-03-08T00:00:00-06:00',
      90,
      '2026-03-08T03:30:00.000-05:00',
    ],
    [
      'over a Lord Howe weekend with its 30-minute change',
      lordHowe,
      '2026-10-02T16:30:00+10:30',
      60,
      '2026-10-05T09:30:00.000+11:00',
    ],
    [
      'over the Lord Howe 30-minute gap',
      nightHours('Australia/Lord_Howe'),
      '2026-10-04T00:00:00+10:30',
      90,
      '2026-10-04T03:00:00.000+11:00',
    ],
    [
      'into the Lord Howe repeated half hour',
      nightHours('Australia/Lord_Howe'),
      '2026-04-05T01:00:00+11:00',
      60,
      '2026-04-05T01:30:00.000+10:30',
    ],
  ])('%s', (_, hours, from, minutes, expected) => {
    expect(addBusinessMinutes(hours, at(from), minutes)?.toISO()).toBe(
      expected,
    );
  });

  it.each([
    ['there are no weekly ranges', closed],
    [
      'every range falls on a day that is not a support day',
      openOnlyOnExcludedDays,
    ],
  ])('is null when %s', (_, hours) => {
    expect(
      addBusinessMinutes(hours, at('2026-01-12T10:00:00+01:00'), 60),
    ).toBeNull();
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %p minutes',
    minutes => {
      expect(() =>
        addBusinessMinutes(berlin, at('2026-01-12T10:00:00+01:00'), minutes),
      ).toThrow(RangeError);
    },
  );
});

describe('businessMinutesBetween', () => {
  it.each([
    // description, hours, from, to, expected minutes
    [
      'inside one day',
      berlin,
      '2026-01-12T10:00:00+01:00',
      '2026-01-12T11:30:00+01:00',
      90,
    ],
    [
      'over a weekend',
      berlin,
      '2026-01-09T16:00:00+01:00',
      '2026-01-12T10:00:00+01:00',
      120,
    ],
    [
      'over a holiday',
      mayDay,
      '2026-04-30T16:00:00+02:00',
      '2026-05-04T10:00:00+02:00',
      120,
    ],
    [
      'over the same days without the holiday',
      berlin,
      '2026-04-30T16:00:00+02:00',
      '2026-05-04T10:00:00+02:00',
      600,
    ],
    [
      'over a whole week',
      berlin,
      '2026-01-12T00:00:00+01:00',
      '2026-01-19T00:00:00+01:00',
      2400,
    ],
    [
      'over a day with a lunch break',
      lunchBreakHours,
      '2026-01-12T00:00:00+01:00',
      '2026-01-13T00:00:00+01:00',
      420,
    ],
    [
      'between instants in UTC',
      berlin,
      '2026-01-12T08:00:00Z',
      '2026-01-12T09:00:00Z',
      60,
    ],
    [
      'in whole minutes, rounded down',
      berlin,
      '2026-01-12T09:00:00+01:00',
      '2026-01-12T09:01:30+01:00',
      1,
    ],
    [
      'outside the hours',
      berlin,
      '2026-01-12T17:00:00+01:00',
      '2026-01-13T09:00:00+01:00',
      0,
    ],
    [
      'backwards',
      berlin,
      '2026-01-12T11:00:00+01:00',
      '2026-01-12T10:00:00+01:00',
      0,
    ],
    [
      'with no weekly ranges',
      closed,
      '2026-01-12T00:00:00+01:00',
      '2026-01-19T00:00:00+01:00',
      0,
    ],
    [
      'over the Berlin spring gap',
      nightHours('Europe/Berlin'),
      '2026-03-29T00:00:00+01:00',
      '2026-03-29T06:00:00+02:00',
      120,
    ],
    [
      'over the Berlin repeated hour',
      nightHours('Europe/Berlin'),
      '2026-10-25T00:00:00+02:00',
      '2026-10-25T06:00:00+01:00',
      240,
    ],
    [
      'over the Chicago spring gap',
      nightHours('America/Chicago'),
      '2026-03-08T00:00:00-06:00',
      '2026-03-08T06:00:00-05:00',
      120,
    ],
    [
      'over the Chicago repeated hour',
      nightHours('America/Chicago'),
      '2026-11-01T00:00:00-05:00',
      '2026-11-01T06:00:00-06:00',
      240,
    ],
    [
      'over the Lord Howe 30-minute gap',
      nightHours('Australia/Lord_Howe'),
      '2026-10-04T00:00:00+10:30',
      '2026-10-04T06:00:00+11:00',
      150,
    ],
    [
      'over the Lord Howe repeated half hour',
      nightHours('Australia/Lord_Howe'),
      '2026-04-05T00:00:00+11:00',
      '2026-04-05T06:00:00+10:30',
      210,
    ],
  ])('%s', (_, hours, from, to, expected) => {
    expect(businessMinutesBetween(hours, at(from), at(to))).toBe(expected);
  });

  it('counts overlapping ranges once', () => {
    const overlapping = officeHours({
      weekly: [
        { day: 1, start: '09:00', end: '12:00' },
        { day: 1, start: '11:00', end: '13:00' },
      ],
    });
    expect(
      businessMinutesBetween(
        overlapping,
        at('2026-01-12T00:00:00+01:00'),
        at('2026-01-13T00:00:00+01:00'),
      ),
    ).toBe(240);
  });
});

describe('isOpenAt', () => {
  it.each([
    // desk, instant, open?
    ['berlin', '2026-01-12T09:00:00+01:00', true],
    ['berlin', '2026-01-12T08:59:00+01:00', false],
    ['berlin', '2026-01-12T16:59:00+01:00', true],
    ['berlin', '2026-01-12T17:00:00+01:00', false],
    ['berlin', '2026-01-12T08:30:00Z', true],
    ['berlin', '2026-01-10T12:00:00+01:00', false],
    ['mayDay', '2026-05-01T10:00:00+02:00', false],
    ['lunchBreak', '2026-01-12T12:30:00+01:00', false],
    ['monToWed', '2026-01-15T10:00:00+01:00', false],
    ['closed', '2026-01-12T10:00:00+01:00', false],
  ] as const)('%s at %s: %s', (desk, instant, expected) => {
    expect(isOpenAt(desks[desk], at(instant))).toBe(expected);
  });
});

describe('nextOpening', () => {
  it.each([
    // desk, instant, expected
    ['berlin', '2026-01-12T10:15:00+01:00', '2026-01-12T10:15:00.000+01:00'],
    ['berlin', '2026-01-12T17:00:00+01:00', '2026-01-13T09:00:00.000+01:00'],
    ['berlin', '2026-01-09T18:00:00+01:00', '2026-01-12T09:00:00.000+01:00'],
    ['berlin', '2026-01-12T07:00:00Z', '2026-01-12T09:00:00.000+01:00'],
    [
      'lunchBreak',
      '2026-01-12T12:15:00+01:00',
      '2026-01-12T13:00:00.000+01:00',
    ],
    ['mayDay', '2026-04-30T18:00:00+02:00', '2026-05-04T09:00:00.000+02:00'],
    ['monToWed', '2026-01-14T17:30:00+01:00', '2026-01-19T09:00:00.000+01:00'],
    ['chicago', '2026-03-06T18:00:00-06:00', '2026-03-09T09:00:00.000-05:00'],
    ['closed', '2026-01-12T10:00:00+01:00', null],
    ['openOnlyOnExcludedDays', '2026-01-12T10:00:00+01:00', null],
  ] as const)('%s after %s: %s', (desk, instant, expected) => {
    expect(nextOpening(desks[desk], at(instant))?.toISO() ?? null).toBe(
      expected,
    );
  });
});
