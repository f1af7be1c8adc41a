import { DateTime } from 'luxon';
import {
  slaDeadline,
  SlaClockOptions,
  SlaDeadlineOptions,
  SlaPause,
} from './sla';
import { SlaMilestones, storedInstant, StoredRequest } from './storedRequest';

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
