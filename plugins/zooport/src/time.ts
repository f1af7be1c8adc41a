import { DateTime } from 'luxon';

/** An instant in the viewer's own zone, e.g. "Wed 25 Nov, 09:00". */
export function formatInViewerZone(iso: string): string {
  return DateTime.fromISO(iso).toLocal().toFormat('ccc d LLL, HH:mm');
}

/** The same instant on the team's wall clock, e.g. "09:00 Europe/Berlin". */
export function formatInTeamZone(iso: string, zone: string): string {
  return `${DateTime.fromISO(iso).setZone(zone).toFormat('ccc HH:mm')} ${zone}`;
}
