import { DateTime, Settings } from 'luxon';

const realNow = Settings.now;

/**
 * Makes `iso` the "now" luxon gives the backend and its tests, so that a
 * test reads the same at any date; `unpinNow` gives the real clock back.
 */
export function pinNow(iso: string): DateTime {
  const pinned = DateTime.fromISO(iso);
  Settings.now = () => pinned.toMillis();
  return pinned;
}

export function unpinNow(): void {
  Settings.now = realNow;
}
