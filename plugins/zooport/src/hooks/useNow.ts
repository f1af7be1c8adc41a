import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';

const TICK_MS = 60_000;

/**
 * "Now" for a view that says what is true right now ("open now", "you are
 * on duty"): read once per render cycle and renewed every minute, so a page
 * left open follows the clock.
 */
export function useNow(): DateTime {
  const [now, setNow] = useState(() => DateTime.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(DateTime.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}
