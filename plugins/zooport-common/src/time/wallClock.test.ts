import { DateTime } from 'luxon';
import {
  instantAtWallClock,
  isTimeOfDay,
  isValidTimeZone,
  spelledTimeZone,
} from './wallClock';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

describe('instantAtWallClock', () => {
  it.each([
    // zone, date, wall time, expected instant
    ['Europe/Berlin', '2026-11-25', '09:00', '2026-11-25T09:00:00.000+01:00'],
    ['Europe/Berlin', '2026-07-01', '09:00', '2026-07-01T09:00:00.000+02:00'],
    // spring forward: 02:00–03:00 does not exist
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T03:00:00.000+02:00'],
    ['Europe/Berlin', '2026-03-29', '02:00', '2026-03-29T03:00:00.000+02:00'],
    ['Europe/Berlin', '2026-03-29', '03:00', '2026-03-29T03:00:00.000+02:00'],
    // fall back: 02:00–03:00 happens twice, the first time at +02:00
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T02:30:00.000+02:00'],
    ['America/Chicago', '2026-03-08', '02:30', '2026-03-08T03:00:00.000-05:00'],
    ['America/Chicago', '2026-11-01', '01:30', '2026-11-01T01:30:00.000-05:00'],
    // Lord Howe moves its clocks by 30 minutes
    [
      'Australia/Lord_Howe',
      '2026-10-04',
      '02:15',
      '2026-10-04T02:30:00.000+11:00',
    ],
    [
      'Australia/Lord_Howe',
      '2026-04-05',
      '01:45',
      '2026-04-05T01:45:00.000+11:00',
    ],
  ])('in %s on %s at %s is %s', (zone, date, time, expected) => {
    const instant = instantAtWallClock(day(date), time, zone);
    expect(instant.toISO()).toBe(expected);
  });

  it('reads the second occurrence one hour after the first', () => {
    const first = instantAtWallClock(
      day('2026-10-25'),
      '02:30',
      'Europe/Berlin',
    );
    expect(first.plus({ hours: 1 }).toISO()).toBe(
      '2026-10-25T02:30:00.000+01:00',
    );
  });
});

describe('isTimeOfDay', () => {
  it.each(['00:00', '09:30', '23:59'])('accepts %s', value => {
    expect(isTimeOfDay(value)).toBe(true);
  });
  it.each(['24:00', '25:00', '9:30', '09:60', '0930', ''])(
    'rejects %p',
    value => {
      expect(isTimeOfDay(value)).toBe(false);
    },
  );
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and rejects made-up ones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it("refuses luxon's own zone names, which are not IANA zones", () => {
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('local')).toBe(false);
    expect(isValidTimeZone('system')).toBe(false);
    expect(isValidTimeZone('UTC+2')).toBe(false);
    expect(isValidTimeZone('+02:00')).toBe(false);
    expect(isValidTimeZone('-0530')).toBe(false);
  });
});

describe('spelledTimeZone', () => {
  it('spells a zone as the time zone database does', () => {
    expect(spelledTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(spelledTimeZone('America/Chicago')).toBe('America/Chicago');
    expect(spelledTimeZone('utc')).toBe('UTC');
  });
});
