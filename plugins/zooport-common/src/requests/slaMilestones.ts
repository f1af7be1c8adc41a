import { DateTime } from 'luxon';
import {
  fixedSlaClock,
  resumedSlaInstant,
  slaClock,
  slaDeadline,
  SlaClockOptions,
  SlaDeadlineOptions,
  SlaPause,
} from './sla';
import {
  SlaMilestones,
  storedInstant,
  StoredPause,
  StoredRequest,
} from './storedRequest';
import { RequestSla } from './types';

/**
 * What a request's SLA clocks count over: the desk's support hours, and the
 * share of a target left at which a clock turns at risk.
 *
 * @public
 */
export type SlaSettings = Required<
  Pick<SlaClockOptions, 'hours' | 'atRiskShare'>
>;

/**
 * When a clock turns at risk (its warning goes out) and when it breaches,
 * as stored instants; both null while the clock is paused. A clock is at
 * risk once `atRiskShare` of its target is left, as `slaClock` says.
 */
export function slaMilestones(
  options: SlaDeadlineOptions & { atRiskShare: number },
): SlaMilestones {
  const { atRiskShare, ...clock } = options;
  const due = slaDeadline(clock);
  const warn = slaDeadline({
    ...clock,
    target: {
      ...clock.target,
      minutes: Math.floor(clock.target.minutes * (1 - atRiskShare)),
    },
  });
  return {
    warnAt: warn && storedInstant(warn),
    dueAt: due && storedInstant(due),
  };
}

/**
 * The pauses of a request's resolution clock, as instants.
 *
 * @public
 */
export function resolutionPausesOf(
  request: Pick<StoredRequest, 'resolutionPauses'>,
): SlaPause[] {
  return request.resolutionPauses.map(pause => ({
    start: DateTime.fromISO(pause.start),
    end: pause.end === null ? null : DateTime.fromISO(pause.end),
  }));
}

type ClockedRequest = Pick<
  StoredRequest,
  'slaTarget' | 'createdAt' | 'resolutionPauses'
>;

/**
 * The milestones of a request's first-response clock, which never pauses.
 *
 * @public
 */
export function firstResponseMilestones(
  request: Pick<StoredRequest, 'slaTarget' | 'createdAt'>,
  settings: SlaSettings,
): SlaMilestones {
  return requestClockMilestones(
    request,
    request.slaTarget.firstResponseMinutes,
    [],
    settings,
  );
}

/**
 * The milestones of a request's resolution clock, moved on by its pauses.
 *
 * @public
 */
export function resolutionMilestones(
  request: ClockedRequest,
  settings: SlaSettings,
): SlaMilestones {
  return requestClockMilestones(
    request,
    request.slaTarget.resolutionMinutes,
    resolutionPausesOf(request),
    settings,
  );
}

function requestClockMilestones(
  request: Pick<StoredRequest, 'slaTarget' | 'createdAt'>,
  minutes: number,
  pauses: SlaPause[],
  settings: SlaSettings,
): SlaMilestones {
  return slaMilestones({
    target: { minutes, clock: request.slaTarget.clock },
    hours: settings.hours,
    startedAt: DateTime.fromISO(request.createdAt),
    pauses,
    atRiskShare: settings.atRiskShare,
  });
}

/**
 * The milestones of a request's resolution clock once a pause is over:
 * `before`, the milestones it had when the pause began, each moved on as
 * `resumedSlaInstant` says, with the desk's hours in force now. A pause
 * stored without them (from before they were kept) recomputes the clock
 * from its start.
 *
 * @public
 */
export function resumedMilestones(
  request: StoredRequest,
  pause: { start: string; end: string; before?: SlaMilestones },
  settings: SlaSettings,
): SlaMilestones {
  if (!pause.before) {
    return resolutionMilestones(request, settings);
  }
  const stretch = {
    start: DateTime.fromISO(pause.start),
    end: DateTime.fromISO(pause.end),
  };
  const resumed = (milestone: string | null) => {
    const at =
      milestone &&
      resumedSlaInstant(
        DateTime.fromISO(milestone),
        stretch,
        request.slaTarget.clock,
        settings.hours,
      );
    return at ? storedInstant(at) : null;
  };
  return {
    warnAt: resumed(pause.before.warnAt),
    dueAt: resumed(pause.before.dueAt),
  };
}

/**
 * What the SLA clocks of a stored request are computed from.
 *
 * @public
 */
export type ClockedStoredRequest = Pick<
  StoredRequest,
  | 'slaTarget'
  | 'createdAt'
  | 'resolutionPauses'
  | 'firstRespondedAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'firstResponse'
  | 'resolutionMilestones'
  | 'firstResponseMinutes'
>;

/** The first-response minutes kept at the response, if there was one. */
export function keptFirstResponseMinutes(
  request: Pick<StoredRequest, 'firstRespondedAt' | 'firstResponseMinutes'>,
): number | undefined {
  return request.firstRespondedAt !== null &&
    typeof request.firstResponseMinutes === 'number'
    ? request.firstResponseMinutes
    : undefined;
}

/**
 * The first response to `request` at `at`: when, and the minutes its clock
 * counted up to it, kept so that they stay what they were at the response.
 *
 * @public
 */
export function firstResponseAt(
  request: ClockedStoredRequest,
  at: DateTime,
  settings: SlaSettings,
): Pick<StoredRequest, 'firstRespondedAt' | 'firstResponseMinutes'> {
  const firstRespondedAt = storedInstant(at);
  const { elapsedMinutes } = storedRequestSla(
    { ...request, firstRespondedAt, firstResponseMinutes: null },
    settings,
    at,
  ).firstResponse;
  return { firstRespondedAt, firstResponseMinutes: elapsedMinutes };
}

/**
 * Both SLA clocks of a stored request at `now`, from its stored milestones:
 * the deadlines it was given, not ones recomputed from the desk's hours now
 * (those only count the elapsed minutes shown). See `fixedSlaClock`.
 *
 * @public
 */
export function storedRequestSla(
  request: ClockedStoredRequest,
  settings: SlaSettings,
  now: DateTime,
): RequestSla {
  const instant = (value: string | null) =>
    value === null ? null : DateTime.fromISO(value);
  const { slaTarget: target } = request;
  const finishedAt = instant(request.resolvedAt ?? request.closedAt);
  const startedAt = DateTime.fromISO(request.createdAt);
  const pauses = resolutionPausesOf(request);
  const openPause: StoredPause | undefined = request.resolutionPauses.find(
    pause => pause.end === null,
  );
  const resolution = {
    hours: settings.hours,
    startedAt,
    now,
    target: { minutes: target.resolutionMinutes, clock: target.clock },
    stoppedAt: finishedAt,
    pauses,
  };
  const resolutionMilestonesNow =
    openPause && !finishedAt ? openPause.before : request.resolutionMilestones;
  return {
    firstResponse: fixedSlaClock({
      hours: settings.hours,
      startedAt,
      now,
      target: { minutes: target.firstResponseMinutes, clock: target.clock },
      stoppedAt: instant(request.firstRespondedAt) ?? finishedAt,
      pauses: [],
      warnAt: instant(request.firstResponse.warnAt),
      dueAt: instant(request.firstResponse.dueAt),
      elapsedMinutes: keptFirstResponseMinutes(request),
    }),
    // A pause stored without its milestones keeps the recomputed clock.
    resolution: resolutionMilestonesNow
      ? fixedSlaClock({
          ...resolution,
          warnAt: instant(resolutionMilestonesNow.warnAt),
          dueAt: instant(resolutionMilestonesNow.dueAt),
        })
      : slaClock({ ...resolution, atRiskShare: settings.atRiskShare }),
  };
}
