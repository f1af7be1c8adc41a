import { DateTime } from 'luxon';
import { officeHours } from '../../requests/__testUtils__/testHours';

// A Berlin desk (Mon–Fri 09:00–17:00) on the Monday after the clocks went
// forward, Sunday 29 March 2026 at 02:00: the week before was UTC+1,
// Monday is UTC+2.

export const zone = 'Europe/Berlin';
export const berlin = (iso: string) => DateTime.fromISO(iso, { zone });
export const now = berlin('2026-03-30T10:00');
export const teamRef = 'group:default/platform';
export const desk = {
  teamRef,
  hours: officeHours(),
  rotation: null,
  digests: undefined,
  topics: [] as string[],
};
