import { DateTime } from 'luxon';
import {
  dateOfDayNumber,
  dayNumberOf,
  minuteNumberOf,
  weekdayOfDayNumber,
} from './calendarDays';

describe('calendar day numbers', () => {
  it.each([
    // date, its number
    ['1900-01-01', -25567],
    ['1969-12-31', -1],
    ['1970-01-01', 0],
    ['2026-03-29', 20541],
    ['2411-11-23', 161398],
    ['2999-12-31', 376199],
  ])('%s is day %s, and back, on its weekday', (iso, day) => {
    const date = DateTime.fromISO(iso, { zone: 'UTC' });
    expect(dayNumberOf(date)).toBe(day);
    expect(dateOfDayNumber(day).toISODate()).toBe(iso);
    expect(weekdayOfDayNumber(day)).toBe(date.weekday);
  });

  it('counts whole minutes of an instant from 1970 on', () => {
    expect(minuteNumberOf(DateTime.fromISO('1970-01-02T00:01:59Z'))).toBe(1441);
    expect(minuteNumberOf(DateTime.fromISO('1969-12-31T23:59:30Z'))).toBe(-1);
  });
});
