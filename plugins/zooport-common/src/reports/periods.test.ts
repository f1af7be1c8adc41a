import { DateTime } from 'luxon';
import {
  firstAfter,
  firstFrom,
  MAX_REPORT_PERIODS,
  PeriodIndex,
  reportPeriods,
} from './periods';

const hoursOf = (period: { start: string; end: string }) =>
  DateTime.fromISO(period.end).diff(DateTime.fromISO(period.start)).as('hours');

describe('reportPeriods', () => {
  it.each([
    ['spring', '2026-03-28', '2026-03-30', [24, 23, 24]],
    ['autumn', '2026-10-24', '2026-10-26', [24, 25, 24]],
  ])(
    'cuts Berlin days around the %s clock change',
    (_season, from, to, hours) => {
      expect(
        reportPeriods(from, to, 'day', 'Europe/Berlin').map(hoursOf),
      ).toEqual(hours);
    },
  );

  it('widens the range to whole ISO weeks, from Monday', () => {
    // Wed 21 Oct to Tue 27 Oct 2026: weeks 43 and 44; week 43 lasts 169 h.
    const weeks = reportPeriods(
      '2026-10-21',
      '2026-10-27',
      'week',
      'Europe/Berlin',
    );
    expect(weeks.map(w => [w.label, w.start, hoursOf(w)])).toEqual([
      ['2026-W43', '2026-10-19T00:00:00.000+02:00', 169],
      ['2026-W44', '2026-10-26T00:00:00.000+01:00', 168],
    ]);
  });

  it('cuts calendar months, and labels the week of 1 January by its ISO year', () => {
    expect(
      reportPeriods('2026-01-31', '2026-03-01', 'month', 'UTC').map(m => [
        m.label,
        m.start,
      ]),
    ).toEqual([
      ['2026-01', '2026-01-01T00:00:00.000Z'],
      ['2026-02', '2026-02-01T00:00:00.000Z'],
      ['2026-03', '2026-03-01T00:00:00.000Z'],
    ]);
    expect(
      reportPeriods('2027-01-01', '2027-01-01', 'week', 'UTC')[0].label,
    ).toBe('2026-W53');
  });

  it('refuses a zone that is no IANA zone instead of counting forever', () => {
    expect(() =>
      reportPeriods('2026-03-01', '2026-03-31', 'day', 'Europe/Berlinn'),
    ).toThrow(/Europe\/Berlinn/);
  });

  it('refuses more than MAX_REPORT_PERIODS buckets', () => {
    expect(
      reportPeriods('2024-01-01', '2024-12-31', 'day', 'UTC'),
    ).toHaveLength(366);
    expect(() =>
      reportPeriods('2024-01-01', '2025-12-31', 'day', 'UTC'),
    ).toThrow(`at most ${MAX_REPORT_PERIODS} buckets`);
  });
});

describe('PeriodIndex', () => {
  const index = new PeriodIndex(
    reportPeriods('2026-03-28', '2026-03-30', 'day', 'Europe/Berlin'),
  );

  it.each([
    ['2026-03-27T22:59:59.999Z', -1],
    ['2026-03-27T23:00:00.000Z', 0],
    // Sunday starts at 23:00 UTC on Saturday and ends at 22:00 UTC.
    ['2026-03-29T21:59:59.999Z', 1],
    ['2026-03-29T22:00:00.000Z', 2],
    ['2026-03-30T22:00:00.000Z', -1],
  ])('puts %s in bucket %d', (at, bucket) => {
    expect(index.of(at)).toBe(bucket);
  });
});

describe('firstAfter and firstFrom', () => {
  const sorted = ['a', 'b', 'b', 'c'];

  it.each([
    ['0', 0, 0],
    ['b', 3, 1],
    ['bb', 3, 3],
    ['c', 4, 3],
    ['d', 4, 4],
  ])('find %s after index %p and from index %p', (at, after, from) => {
    expect(firstAfter(sorted, at)).toBe(after);
    expect(firstFrom(sorted, at)).toBe(from);
  });
});
