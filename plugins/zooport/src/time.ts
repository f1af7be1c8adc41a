import { DateTime } from 'luxon';

/** An instant in the viewer's own zone, e.g. "Wed 25 Nov, 09:00". */
export function formatInViewerZone(iso: string): string {
  return DateTime.fromISO(iso).toLocal().toFormat('ccc d LLL, HH:mm');
}

/** An instant on the wall clock of `zone`, e.g. "Wed 25 Nov, 09:00". */
export function formatInZone(iso: string, zone: string): string {
  return DateTime.fromISO(iso).setZone(zone).toFormat('ccc d LLL, HH:mm');
}

/** The same instant on the team's wall clock, e.g. "09:00 Europe/Berlin". */
export function formatInTeamZone(iso: string, zone: string): string {
  return `${DateTime.fromISO(iso).setZone(zone).toFormat('ccc HH:mm')} ${zone}`;
}

/** An SLA deadline for the viewer, with the desk's wall clock beside it. */
export function formatDeadline(iso: string | null, zone: string): string {
  if (!iso) {
    return 'none while the clock is paused';
  }
  return `${formatInViewerZone(iso)} (${formatInTeamZone(iso, zone)})`;
}

/** A span of minutes as people say it, e.g. "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) {
    return `${rest} min`;
  }
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Minutes from a span as people write it: "90", "45 min", "4 h",
 * "2 h 30 min", "1h30m". Undefined when it is none of those.
 */
export function minutesOf(text: string): number | undefined {
  const match = /^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*(?:m|min)?)?\s*$/i.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    return undefined;
  }
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}
