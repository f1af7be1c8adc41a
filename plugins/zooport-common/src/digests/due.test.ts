import { DateTime } from 'luxon';
import { Desk } from '../desks/types';
import { RotationSpec } from '../rotation/types';
import {
  dueDigests,
  isStillSendable,
  latestDailyDigest,
  latestWeeklyReport,
  previousDailyDigestDue,
  weeksOfReport,
} from './due';

const zone = 'Europe/Berlin';
const berlin = (iso: string) => DateTime.fromISO(iso, { zone });

/** Monday to Wednesday, 09:00–17:00 in Berlin; 1 April 2026 a holiday. */
function desk(digests?: Desk['digests']) {
  return {
    hours: {
      timeZone: zone,
      weekly: ([1, 2, 3, 4, 5] as const).map(day => ({
        day,
        start: '09:00',
        end: '17:00',
      })),
      holidays: ['2026-04-01'],
      supportDays: [1, 2, 3] as (1 | 2 | 3)[],
    },
    rotation: null,
    digests,
  };
}

const wire = (period: { date: DateTime; dueAt: DateTime } | null) =>
  period && {
    date: period.date.toISODate(),
    dueAt: period.dueAt.setZone(zone).toISO(),
  };

describe('latestDailyDigest', () => {
  it.each([
    // Mon 30 Mar 2026, the day after the clocks went forward
    ['2026-03-30T08:29', '2026-03-25', '2026-03-25T08:30:00.000+01:00'],
    ['2026-03-30T08:30', '2026-03-30', '2026-03-30T08:30:00.000+02:00'],
    ['2026-03-30T23:59', '2026-03-30', '2026-03-30T08:30:00.000+02:00'],
    // Wed 1 Apr is a holiday: Tuesday's stays the latest
    ['2026-04-01T12:00', '2026-03-31', '2026-03-31T08:30:00.000+02:00'],
    // Thursday to Sunday are not support days; a backend down since then
    // sends Tuesday's, once, and never the older ones
    ['2026-04-05T12:00', '2026-03-31', '2026-03-31T08:30:00.000+02:00'],
  ])('at %s it is the one of %s', (now, date, dueAt) => {
    expect(wire(latestDailyDigest(desk(), berlin(now)))).toEqual({
      date,
      dueAt,
    });
  });

  it('goes out at the time the desk sets, on its wall clock', () => {
    const evening = desk({ daily: { time: '17:45' } });
    expect(
      wire(latestDailyDigest(evening, berlin('2026-03-31T17:44'))),
    ).toEqual({ date: '2026-03-30', dueAt: '2026-03-30T17:45:00.000+02:00' });
  });

  it('takes a time inside the spring-forward gap as the first instant after it', () => {
    const every = { ...desk({ daily: { time: '02:30' } }) };
    every.hours = { ...every.hours, weekly: [], supportDays: [] };
    expect(wire(latestDailyDigest(every, berlin('2026-03-29T12:00')))).toEqual({
      date: '2026-03-29',
      dueAt: '2026-03-29T03:00:00.000+02:00',
    });
  });

  it('takes a time the clocks pass twice at its first occurrence', () => {
    const every = { ...desk({ daily: { time: '02:30' } }) };
    every.hours = { ...every.hours, weekly: [], supportDays: [] };
    expect(wire(latestDailyDigest(every, berlin('2026-10-25T12:00')))).toEqual({
      date: '2026-10-25',
      dueAt: '2026-10-25T02:30:00.000+02:00',
    });
  });

  it('counts new requests from the previous support day’s digest', () => {
    const monday = latestDailyDigest(desk(), berlin('2026-03-30T09:00'))!;
    expect(previousDailyDigestDue(desk(), monday).setZone(zone).toISO()).toBe(
      '2026-03-25T08:30:00.000+01:00',
    );
  });

  it('has none when the desk supported on no day of the last two weeks', () => {
    const closed = desk();
    closed.hours = {
      ...closed.hours,
      holidays: Array.from(
        { length: 14 },
        (_, i) => DateTime.fromISO('2026-07-01').plus({ days: i }).toISODate()!,
      ),
    };
    expect(latestDailyDigest(closed, berlin('2026-07-14T12:00'))).toBeNull();
  });
});

describe('latestWeeklyReport', () => {
  it.each([
    ['2026-03-30T08:59', '2026-03-23', '2026-03-23T09:00:00.000+01:00'],
    ['2026-03-30T09:00', '2026-03-30', '2026-03-30T09:00:00.000+02:00'],
    ['2026-04-05T23:59', '2026-03-30', '2026-03-30T09:00:00.000+02:00'],
  ])('on Mondays at 09:00, at %s the one of %s', (now, date, dueAt) => {
    expect(wire(latestWeeklyReport(desk(), berlin(now)))).toEqual({
      date,
      dueAt,
    });
  });

  it('goes out on the day and at the time the desk sets', () => {
    const friday = desk({ weekly: { weekday: 5, time: '16:00' } });
    expect(
      wire(latestWeeklyReport(friday, berlin('2026-04-03T16:00'))),
    ).toEqual({ date: '2026-04-03', dueAt: '2026-04-03T16:00:00.000+02:00' });
    expect(
      wire(latestWeeklyReport(friday, berlin('2026-04-03T15:59'))),
    ).toEqual({ date: '2026-03-27', dueAt: '2026-03-27T16:00:00.000+01:00' });
  });

  it('covers the seven days before its day and compares them with the seven before', () => {
    expect(
      weeksOfReport(DateTime.fromISO('2026-03-30', { zone: 'UTC' })),
    ).toEqual({
      week: { from: '2026-03-23', to: '2026-03-29' },
      weekBefore: { from: '2026-03-16', to: '2026-03-22' },
    });
  });
});

describe('isStillSendable', () => {
  it('sends a daily digest late within a day of its time, not after', () => {
    // Wednesday's digest; the desk supports again on Monday.
    const period = latestDailyDigest(desk(), berlin('2026-03-04T10:00'))!;
    expect(isStillSendable(period, berlin('2026-03-04T08:30'))).toBe(true);
    expect(isStillSendable(period, berlin('2026-03-05T08:29'))).toBe(true);
    expect(isStillSendable(period, berlin('2026-03-05T08:30'))).toBe(false);
    expect(isStillSendable(period, berlin('2026-03-08T12:00'))).toBe(false);
  });

  it('ends a daily digest’s window when the next support day’s is due', () => {
    const period = latestDailyDigest(desk(), berlin('2026-03-03T08:29'))!;
    expect(wire(period)?.date).toBe('2026-03-02');
    const next = latestDailyDigest(desk(), berlin('2026-03-03T08:30'))!;
    expect(wire(next)?.date).toBe('2026-03-03');
  });

  it('sends a weekly report late within a day of its time, not after', () => {
    const period = latestWeeklyReport(desk(), berlin('2026-03-02T09:00'));
    expect(isStillSendable(period, berlin('2026-03-03T08:59'))).toBe(true);
    expect(isStillSendable(period, berlin('2026-03-03T09:00'))).toBe(false);
    // Moved to Friday on Saturday: last Friday's is not sent at once.
    const moved = latestWeeklyReport(
      desk({ weekly: { enabled: true, weekday: 5, time: '09:00' } }),
      berlin('2026-03-07T12:00'),
    );
    expect(isStillSendable(moved, berlin('2026-03-07T12:00'))).toBe(false);
  });
});

describe('dueDigests', () => {
  const rotation: RotationSpec = {
    timeZone: zone,
    handoff: { day: 1, time: '09:00' },
    shiftLength: { unit: 'week', count: 1 },
    membersPerShift: 1,
    start: '2026-01-05',
    participants: [{ userRef: 'user:default/ana', capabilities: [] }],
    fallback: null,
    observers: [],
  };
  const kinds = (of: Parameters<typeof dueDigests>[0], at: string) =>
    dueDigests(of, berlin(at)).map(due => due.kind);

  it('has each kind due on a Monday once its time has come', () => {
    const withRotation = { ...desk(), rotation };
    expect(kinds(withRotation, '2026-03-02T08:00')).toEqual([]);
    expect(kinds(withRotation, '2026-03-02T10:00')).toEqual([
      'daily',
      'weekly',
      'planning',
    ]);
  });

  it('plans nothing for a desk with no rotation', () => {
    expect(kinds(desk(), '2026-03-02T10:00')).toEqual(['daily', 'weekly']);
  });

  it('leaves out what the desk switched off', () => {
    const quiet = {
      ...desk({
        daily: { enabled: false, time: '08:30' },
        planning: { enabled: false, weekday: 1, time: '10:00' },
      }),
      rotation,
    };
    expect(kinds(quiet, '2026-03-02T10:00')).toEqual(['weekly']);
  });
});
