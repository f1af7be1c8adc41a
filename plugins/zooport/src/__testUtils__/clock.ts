import { DateTime, DurationLike, Settings } from 'luxon';

/**
 * The instant every frontend test takes as "now": a Monday noon on the demo
 * teams' wall clock. The fixtures are written relative to it, so the suite
 * reads the same at any date the machine is set to.
 */
export const PINNED_NOW = DateTime.fromISO('2026-11-23T12:00:00', {
  zone: 'Europe/Berlin',
});

/** The viewer's zone in every test, whatever the machine's zone is. */
export const VIEWER_ZONE = 'UTC';

/**
 * Makes luxon's "now" the pinned instant and its local zone the viewer's;
 * `setupTests.ts` calls it.
 */
export function pinClock(): void {
  Settings.now = () => PINNED_NOW.toMillis();
  Settings.defaultZone = VIEWER_ZONE;
}

/** An instant relative to the pinned now, as the API writes it. */
export function fromNow(offset: DurationLike, zone = 'Europe/Berlin'): string {
  return PINNED_NOW.plus(offset).setZone(zone).toISO()!;
}
