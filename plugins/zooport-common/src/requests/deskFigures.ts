import { DateTime } from 'luxon';
import { isOpen } from './lifecycle';
import {
  ClockedStoredRequest,
  keptFirstResponseMinutes,
  SlaSettings,
  storedRequestSla,
} from './slaMilestones';
import { median } from '../reports/statistics';
import { StoredRequest } from './storedRequest';
import {
  ResolutionCategory,
  SlaClock,
  SlaState,
  SupportRequest,
} from './types';

/**
 * What the figures read of a stored request.
 *
 * @public
 */
export type StoredFigureRequest = ClockedStoredRequest &
  Pick<StoredRequest, 'status' | 'assigneeRef' | 'typeName' | 'resolution'>;

/**
 * What the figures read of a request with its SLA clocks (a
 * `SupportRequest` is one). The first response's elapsed minutes may be
 * null where the figures do not count them: a request finished before any
 * answer and in time.
 *
 * @public
 */
export type FiguredRequest = Pick<
  SupportRequest,
  | 'status'
  | 'createdAt'
  | 'firstRespondedAt'
  | 'assigneeRef'
  | 'typeName'
  | 'resolution'
> & {
  sla: {
    firstResponse: Pick<SlaClock, 'state'> & { elapsedMinutes: number | null };
    resolution: Pick<SlaClock, 'state'>;
  };
};

/**
 * The state of a clock stopped at `stoppedAt`, as `fixedSlaClock` says:
 * met at or before `dueAt`. Stored instants are UTC ISO text of one shape,
 * so they compare as text.
 */
function settledState(stoppedAt: string, dueAt: string | null): SlaState {
  return dueAt !== null && stoppedAt > dueAt ? 'breached' : 'met';
}

/**
 * A stored request as the figures read it at `now`. An open request gets
 * its clocks as the API shows them. A finished one has clocks that no
 * longer move: their states come from the stored milestones, and the first
 * response's minutes are the ones kept at the response, so a year of
 * finished requests costs no clock arithmetic.
 *
 * @public
 */
export function figuredRequest(
  request: StoredFigureRequest,
  settings: SlaSettings,
  now: DateTime,
): FiguredRequest {
  const shown = {
    status: request.status,
    createdAt: request.createdAt,
    firstRespondedAt: request.firstRespondedAt,
    assigneeRef: request.assigneeRef,
    typeName: request.typeName,
    resolution: request.resolution,
  };
  const finishedAt = request.resolvedAt ?? request.closedAt;
  if (isOpen(request.status) || finishedAt === null) {
    return { ...shown, sla: storedRequestSla(request, settings, now) };
  }
  const firstState = settledState(
    request.firstRespondedAt ?? finishedAt,
    request.firstResponse.dueAt,
  );
  const counted =
    request.firstRespondedAt !== null || firstState === 'breached';
  const elapsedMinutes = counted
    ? keptFirstResponseMinutes(request) ??
      storedRequestSla(request, settings, now).firstResponse.elapsedMinutes
    : null;
  return {
    ...shown,
    sla: {
      firstResponse: { state: firstState, elapsedMinutes },
      resolution: {
        state: settledState(finishedAt, request.resolutionMilestones.dueAt),
      },
    },
  };
}

/**
 * A desk's key figures over a period, as `GET …/figures` answers.
 *
 * @public
 */
export interface DeskFigures {
  /** Requests open now, and how many of them are at risk or breached. */
  open: number;
  atRisk: number;
  breached: number;
  /** Requests filed in the period. */
  filed: number;
  /**
   * The period's requests the desk answered, or whose first-response
   * deadline passed unanswered: how many, and how many of them in time. A
   * request closed before any answer and before its deadline is not
   * counted: nobody responded.
   */
  firstResponseCounted: number;
  firstResponseMet: number;
  /** `firstResponseMet` of `firstResponseCounted`, rounded down: 100 only when every one was in time. */
  firstResponseMetPercent: number | null;
  /** Median minutes to the first response (as the SLA clock counts them). */
  medianFirstResponseMinutes: number | null;
  resolutions: Partial<Record<ResolutionCategory, number>>;
  /** Interrupt load per assignee: requests and minutes spent. */
  load: { userRef: string; requests: number; minutesSpent: number }[];
  /** Request types by how often they were filed, most first. */
  types: { typeName: string; requests: number }[];
}

function countBy<T>(items: T[], key: (item: T) => string | null) {
  const counts = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) {
      const group = counts.get(k);
      if (group) {
        group.push(item);
      } else {
        counts.set(k, [item]);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
}

/**
 * The key figures of a desk from its requests (with their SLA clocks as of
 * now): those filed since `since` and those still open.
 *
 * @public
 */
export function deskFigures(
  requests: FiguredRequest[],
  since: string,
): DeskFigures {
  const open = requests.filter(r => isOpen(r.status));
  const filed = requests.filter(r => r.createdAt >= since);
  const answered = filed.filter(
    r =>
      r.firstRespondedAt !== null || r.sla.firstResponse.state === 'breached',
  );
  const inTime = answered.filter(
    r => r.sla.firstResponse.state === 'met',
  ).length;
  return {
    open: open.length,
    atRisk: open.filter(
      r =>
        r.sla.firstResponse.state === 'at_risk' ||
        r.sla.resolution.state === 'at_risk',
    ).length,
    breached: open.filter(
      r =>
        r.sla.firstResponse.state === 'breached' ||
        r.sla.resolution.state === 'breached',
    ).length,
    filed: filed.length,
    firstResponseCounted: answered.length,
    firstResponseMet: inTime,
    firstResponseMetPercent: answered.length
      ? Math.floor((100 * inTime) / answered.length)
      : null,
    medianFirstResponseMinutes: median(
      answered.flatMap(r => r.sla.firstResponse.elapsedMinutes ?? []),
    ),
    resolutions: Object.fromEntries(
      countBy(filed, r => r.resolution?.category ?? null).map(([k, v]) => [
        k,
        v.length,
      ]),
    ),
    load: countBy(filed, r => r.assigneeRef).map(([userRef, assigned]) => ({
      userRef,
      requests: assigned.length,
      minutesSpent: assigned.reduce(
        (sum, r) => sum + (r.resolution?.minutesSpent ?? 0),
        0,
      ),
    })),
    types: countBy(filed, r => r.typeName).map(([typeName, ofType]) => ({
      typeName,
      requests: ofType.length,
    })),
  };
}
