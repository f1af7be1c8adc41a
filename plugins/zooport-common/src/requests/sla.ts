import { DateTime, Duration } from 'luxon';
import { SupportHours } from '../desks/types';
import { toWireInstant } from '../time/wallClock';
import { addBusinessTime, businessTimeBetween } from './businessTime';
import { Span, mergeSpans, spanBetween } from './spans';
import { RequestSla, SlaClock, SlaState, SlaTarget } from './types';

/**
 * A stretch during which an SLA clock stands still. `end: null` means the
 * clock is paused now.
 *
 * @public
 */
export interface SlaPause {
  start: DateTime;
  end: DateTime | null;
}

/** @public */
export interface SlaClockOptions {
  target: { minutes: number; clock: SlaTarget['clock'] };
  hours: SupportHours;
  startedAt: DateTime;
  /** When the response or resolution happened; null while the clock runs. */
  stoppedAt: DateTime | null;
  pauses: SlaPause[];
  now: DateTime;
  /** A running clock with at most this share of its target left is at risk. Default 0.2. */
  atRiskShare?: number;
}

/** @public */
export type SlaDeadlineOptions = Pick<
  SlaClockOptions,
  'target' | 'hours' | 'startedAt' | 'pauses'
>;

/** How a clock counts: only the minutes inside support hours, or all. */
interface SlaCounting {
  between(from: DateTime, to: DateTime): Duration;
  add(from: DateTime, counted: Duration): DateTime | null;
}

function countingFor(
  clock: SlaTarget['clock'],
  hours: SupportHours,
): SlaCounting {
  if (clock === 'business') {
    return {
      between: (from, to) => businessTimeBetween(hours, from, to),
      add: (from, counted) => addBusinessTime(hours, from, counted),
    };
  }
  // A 24/7 clock counts every minute that passes, whatever the hours say.
  return {
    between: (from, to) =>
      spanBetween(from, to)?.toDuration() ?? Duration.fromObject({}),
    add: (from, counted) => from.plus(counted),
  };
}

/** The pauses within [startedAt, until), merged; open ones end at `until`. */
function pauseSpans(
  pauses: SlaPause[],
  startedAt: DateTime,
  until?: DateTime,
): Span[] {
  return mergeSpans(
    pauses.flatMap(pause => {
      const end =
        pause.end && until
          ? DateTime.min(pause.end, until)
          : pause.end ?? until;
      return (
        (end && spanBetween(DateTime.max(pause.start, startedAt), end)) ?? []
      );
    }),
  );
}

/** What the clock counted from `startedAt` to `end`, less its pauses (merged, within). */
function countedTime(
  counting: SlaCounting,
  startedAt: DateTime,
  end: DateTime,
  pauses: Span[],
): Duration {
  return pauses.reduce(
    (counted, pause) => counted.minus(counting.between(pause.start, pause.end)),
    counting.between(startedAt, end),
  );
}

/**
 * The instant after which the clock has counted more than `target`.
 *
 * Each pause that begins by then moves it on by the minutes the pause held
 * the clock still. A pause beginning exactly at the deadline counts too: the
 * target was reached, not exceeded. A pause after it changes nothing.
 */
function deadlineOf(
  counting: SlaCounting,
  target: Duration,
  startedAt: DateTime,
  pauses: Span[],
): DateTime | null {
  let deadline = counting.add(startedAt, target);
  for (const pause of pauses) {
    if (!deadline || pause.start > deadline) {
      break;
    }
    deadline = counting.add(deadline, counting.between(pause.start, pause.end));
  }
  return deadline;
}

/**
 * When a clock that is not paused now reaches its target: the deadline to
 * store when a request is created or a pause ends. Null while a pause is
 * open, or when a business clock's desk never opens.
 *
 * @public
 */
export function slaDeadline(options: SlaDeadlineOptions): DateTime | null {
  const { target, hours, startedAt, pauses } = options;
  if (pauses.some(pause => pause.end === null)) {
    return null;
  }
  return deadlineOf(
    countingFor(target.clock, hours),
    Duration.fromObject({ minutes: target.minutes }),
    startedAt,
    pauseSpans(pauses, startedAt),
  );
}

/**
 * The state of one SLA clock at `now`.
 *
 * - Elapsed: the minutes counted from `startedAt` to `stoppedAt` (or `now`),
 *   less those counted inside pauses. Business minutes on a `business`
 *   clock, every minute on an `always` clock.
 * - Deadline: the instant after which elapsed exceeds the target (see
 *   `slaDeadline`); null while paused.
 * - State: a clock stopped at or before its deadline is `met`, after it
 *   `breached`, so a response exactly at the deadline is met. A running or
 *   paused clock is `breached` once `now` is past the deadline (elapsed over
 *   the target), `at_risk` while at most `atRiskShare` of the target is left,
 *   else `on_track`. A clock whose desk never opens is never breached.
 *
 * @public
 */
export function slaClock(options: SlaClockOptions): SlaClock {
  const { target, hours, startedAt, stoppedAt, now } = options;
  const atRiskShare = options.atRiskShare ?? 0.2;
  const counting = countingFor(target.clock, hours);
  const end = stoppedAt ?? now;
  const pauses = pauseSpans(options.pauses, startedAt, end);
  const elapsed = countedTime(counting, startedAt, end, pauses);
  const deadline = deadlineOf(
    counting,
    Duration.fromObject({ minutes: target.minutes }),
    startedAt,
    pauses,
  );
  const paused =
    !stoppedAt &&
    options.pauses.some(pause => pause.end === null && pause.start <= now);

  const overrun = deadline !== null && end > deadline;
  const remainingMinutes = target.minutes - elapsed.as('minutes');
  let state: SlaState;
  if (stoppedAt) {
    state = overrun ? 'breached' : 'met';
  } else if (overrun) {
    state = 'breached';
  } else if (remainingMinutes <= atRiskShare * target.minutes) {
    state = 'at_risk';
  } else {
    state = 'on_track';
  }

  return {
    targetMinutes: target.minutes,
    clock: target.clock,
    deadline:
      deadline && !paused ? toWireInstant(deadline, hours.timeZone) : null,
    elapsedMinutes: Math.floor(elapsed.as('minutes')),
    state,
    paused,
  };
}

/** @public */
export interface RequestSlaOptions {
  target: SlaTarget;
  hours: SupportHours;
  createdAt: DateTime;
  firstRespondedAt: DateTime | null;
  resolvedAt: DateTime | null;
  /** A request closed without a resolution stops its clocks when closed. */
  closedAt?: DateTime | null;
  /** When the request waited for its requester; they pause the resolution clock only. */
  resolutionPauses: SlaPause[];
  now: DateTime;
  atRiskShare?: number;
}

/**
 * Both SLA clocks of a request. The first-response clock never pauses;
 * resolving (or closing) also counts as the first response, since it
 * answers the requester.
 *
 * @public
 */
export function requestSla(options: RequestSlaOptions): RequestSla {
  const { target, firstRespondedAt, resolvedAt, closedAt } = options;
  const finishedAt = resolvedAt ?? closedAt ?? null;
  const clock = {
    hours: options.hours,
    startedAt: options.createdAt,
    now: options.now,
    atRiskShare: options.atRiskShare,
  };
  return {
    firstResponse: slaClock({
      ...clock,
      target: { minutes: target.firstResponseMinutes, clock: target.clock },
      stoppedAt: firstRespondedAt ?? finishedAt,
      pauses: [],
    }),
    resolution: slaClock({
      ...clock,
      target: { minutes: target.resolutionMinutes, clock: target.clock },
      stoppedAt: finishedAt,
      pauses: options.resolutionPauses,
    }),
  };
}

/**
 * Where a fixed milestone lands once a pause from `pause.start` to
 * `pause.end` is over. One that had passed when the pause began stays where
 * it was. Otherwise the time that was left to it (counted from the pause to
 * the milestone) is laid again from the end of the pause; both with `hours`,
 * the desk's hours in force when the clock resumes. Null when the desk never
 * opens.
 *
 * @public
 */
export function resumedSlaInstant(
  milestone: DateTime,
  pause: { start: DateTime; end: DateTime },
  clock: SlaTarget['clock'],
  hours: SupportHours,
): DateTime | null {
  if (milestone <= pause.start) {
    return milestone;
  }
  const counting = countingFor(clock, hours);
  return counting.add(pause.end, counting.between(pause.start, milestone));
}

/** @public */
export interface FixedSlaClockOptions
  extends Omit<SlaClockOptions, 'atRiskShare'> {
  /**
   * The stored milestones of the clock: when it turns at risk and when it
   * breaches. While the clock is paused, those it had when the pause began.
   */
  warnAt: DateTime | null;
  dueAt: DateTime | null;
  /** The minutes a stopped clock counted, when they were kept as it stopped. */
  elapsedMinutes?: number;
}

/**
 * The state of one SLA clock at `now` from its stored milestones, so that
 * what is shown, what is filtered on and what the sweep announces agree.
 *
 * - Deadline: `dueAt`; null while paused.
 * - State: a clock stopped at or before `dueAt` is `met`, after it
 *   `breached`. A running clock is `breached` once `now` is past `dueAt`,
 *   `at_risk` from `warnAt` on, else `on_track`. A paused clock keeps the
 *   state it had when its pause began. No `dueAt` (the desk never opens):
 *   never breached.
 * - Elapsed: as `slaClock` counts it, with `hours` (the desk's hours now),
 *   unless a stopped clock brings the minutes it counted as it stopped.
 *
 * @public
 */
export function fixedSlaClock(options: FixedSlaClockOptions): SlaClock {
  const { target, hours, startedAt, stoppedAt, now, warnAt, dueAt } = options;
  const counting = countingFor(target.clock, hours);
  const end = stoppedAt ?? now;
  const elapsedMinutes =
    stoppedAt && options.elapsedMinutes !== undefined
      ? options.elapsedMinutes
      : Math.floor(
          countedTime(
            counting,
            startedAt,
            end,
            pauseSpans(options.pauses, startedAt, end),
          ).as('minutes'),
        );
  const openPause = stoppedAt
    ? undefined
    : options.pauses.find(pause => pause.end === null && pause.start <= now);
  const at = openPause?.start ?? end;

  let state: SlaState;
  if (stoppedAt) {
    state = dueAt && stoppedAt > dueAt ? 'breached' : 'met';
  } else if (dueAt && at > dueAt) {
    state = 'breached';
  } else if (warnAt && at >= warnAt) {
    state = 'at_risk';
  } else {
    state = 'on_track';
  }
  return {
    targetMinutes: target.minutes,
    clock: target.clock,
    deadline: dueAt && !openPause ? toWireInstant(dueAt, hours.timeZone) : null,
    elapsedMinutes,
    state,
    paused: Boolean(openPause),
  };
}
