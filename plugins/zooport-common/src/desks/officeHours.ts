import type { SupportHours } from './types';

/**
 * The support hours a new desk starts with: weekdays 09:00–17:00 in `timeZone`,
 * no holidays.
 *
 * @public
 */
export function officeHours(timeZone: string): SupportHours {
  return {
    timeZone,
    weekly: ([1, 2, 3, 4, 5] as const).map(day => ({
      day,
      start: '09:00',
      end: '17:00',
    })),
    holidays: [],
  };
}
