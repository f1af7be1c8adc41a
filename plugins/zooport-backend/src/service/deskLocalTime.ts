import { DateTime } from 'luxon';

/**
 * An instant as people read it in a message: on the wall clock of a desk's
 * zone, which is named, e.g. "Wed 2 Dec, 09:00 (Europe/Berlin)". Messages
 * and notices do not know their reader's zone.
 */
export function deskLocalTime(instant: string, timeZone: string): string {
  const at = DateTime.fromISO(instant).setZone(timeZone);
  return `${at.toFormat('ccc d LLL, HH:mm')} (${timeZone})`;
}
