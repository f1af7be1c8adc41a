import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';

/**
 * "Now" for a view that says what is true right now ("open now", "you are
 * on duty"): read once per render cycle and renewed every minute, so a page
 * left open follows the clock. A running timer ticks every second
 * (`tickMs`).
 */
export function useNow(tickMs = 60_000): DateTime {
  const [now, setNow] = useState(() => DateTime.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(DateTime.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return now;
}
