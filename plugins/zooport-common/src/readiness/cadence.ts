import { DateTime } from 'luxon';

/** How often a desk means to hold a workshop. @public */
export interface WorkshopCadence {
  every: number;
  unit: 'weeks' | 'months';
}

/** A workshop a month, for a desk that set nothing. @public */
export const DEFAULT_WORKSHOP_CADENCE: WorkshopCadence = {
  every: 1,
  unit: 'months',
};

/** How long before a workshop is due the team is reminded. @public */
export const WORKSHOP_REMINDER_DAYS = 7;

/**
 * What `GET` and `PUT /desks/:namespace/:name/workshop-cadence` answer;
 * `PUT` takes the `cadence` alone.
 *
 * @public
 */
export interface WorkshopCadenceSetting {
  cadence: WorkshopCadence;
  /** The start of the last workshop held (one with a turn), if any. */
  lastHeldAt: string | null;
  /** When the next one is due: the last held plus the cadence, else from the desk's creation. */
  dueAt: string;
}

function plusCadence(at: DateTime, cadence: WorkshopCadence, times: number) {
  return at.plus({ [cadence.unit]: cadence.every * times });
}

/**
 * When the desk's next workshop is due: the cadence after the last one
 * held, or after `since` (the desk's creation) when none was.
 *
 * @public
 */
export function workshopDueAt(
  cadence: WorkshopCadence,
  lastHeldAt: DateTime | null,
  since: DateTime,
): DateTime {
  return plusCadence(lastHeldAt ?? since, cadence, 1);
}

/**
 * A readiness reminder due: `upcoming` goes to the team a week before the
 * workshop is due; `overdue` to the team's lead once per cadence that
 * passes without one held. `period` is the instant that names it: the due
 * instant, or the end of the missed cadence.
 *
 * @public
 */
export interface DueReadinessReminder {
  kind: 'upcoming' | 'overdue';
  period: DateTime;
}

/** Cadences looked back over at most, for a desk idle for years. */
const MAX_MISSED_CADENCES = 1000;

/**
 * The readiness reminder due at `now`, if any. Each has one `period`, so
 * that a sender can claim it once.
 *
 * @public
 */
export function dueReadinessReminder(
  cadence: WorkshopCadence,
  lastHeldAt: DateTime | null,
  since: DateTime,
  now: DateTime,
): DueReadinessReminder | undefined {
  const dueAt = workshopDueAt(cadence, lastHeldAt, since);
  if (now < dueAt) {
    return now >= dueAt.minus({ days: WORKSHOP_REMINDER_DAYS })
      ? { kind: 'upcoming', period: dueAt }
      : undefined;
  }
  // The latest end of a cadence without a workshop, counted from the start
  // so that month ends do not drift (Jan 31 + 1 month twice is Mar 28).
  const start = lastHeldAt ?? since;
  let missed = 1;
  while (
    missed < MAX_MISSED_CADENCES &&
    plusCadence(start, cadence, missed + 1) <= now
  ) {
    missed += 1;
  }
  return { kind: 'overdue', period: plusCadence(start, cadence, missed) };
}
