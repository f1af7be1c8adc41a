import { DateTime } from 'luxon';
import { SupportHours } from '../../desks/types';
import { IsoWeekday } from '../../rotation/types';

export const weekdays: IsoWeekday[] = [1, 2, 3, 4, 5];

/** Reads an ISO instant and keeps its offset, for readable comparisons. */
export const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

/** Mon–Fri 09:00–17:00 in `timeZone`, plus whatever `overrides` say. */
export function officeHours(
  overrides: Partial<SupportHours> = {},
): SupportHours {
  return {
    timeZone: 'Europe/Berlin',
    weekly: weekdays.map(day => ({ day, start: '09:00', end: '17:00' })),
    holidays: [],
    ...overrides,
  };
}

/** Mon–Fri 09:00–12:00 and 13:00–17:00 in Berlin. */
export const lunchBreakHours: SupportHours = officeHours({
  weekly: weekdays.flatMap(day => [
    { day, start: '09:00', end: '12:00' },
    { day, start: '13:00', end: '17:00' },
  ]),
});

/** Sundays 01:00–04:00 only: the hours in which clocks change. */
export function nightHours(timeZone: string): SupportHours {
  return {
    timeZone,
    weekly: [{ day: 7, start: '01:00', end: '04:00' }],
    holidays: [],
  };
}
