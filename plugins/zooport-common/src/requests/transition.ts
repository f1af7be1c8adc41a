import { DateTime } from 'luxon';
import { nextStatus } from './lifecycle';
import {
  firstResponseAt,
  resumedMilestones,
  SlaSettings,
} from './slaMilestones';
import {
  NewRequestEvent,
  requestEvent,
  storedInstant,
  StoredRequest,
} from './storedRequest';
import { RequestAction, RequestResolution } from './types';

/**
 * Who acts on a request, and whether they act for its desk.
 *
 * @public
 */
export interface RequestActor {
  userRef: string;
  /** May work on the request (zooport.request.update). */
  asDesk: boolean;
}

/**
 * A request action with what it carries. A resolution names the request a
 * redirect made, if any, and the request it duplicates, if any: both were
 * chosen and checked before.
 *
 * @public
 */
export type RequestChange =
  | { action: Exclude<RequestAction, 'resolve'>; note?: string }
  | {
      action: 'resolve';
      resolution: RequestResolution;
      duplicateOf?: string | null;
      note?: string;
    };

/**
 * The request after an action and the history lines the action records, or
 * why the action is refused.
 *
 * @public
 */
export type RequestTransition =
  | { allowed: true; request: StoredRequest; events: NewRequestEvent[] }
  | { allowed: false; reason: string };

/** Actions that answer the requester, and so stop the first-response clock. */
const respondingActions: RequestAction[] = [
  'acknowledge',
  'start',
  'wait_for_requester',
  'resolve',
];

/**
 * What `change` by `actor` at `now` makes of `request`: its status, the
 * pauses of its resolution clock and that clock's milestones, its first
 * response, resolution and closing, and a `transition` history line.
 *
 * @public
 */
export function transitionRequest(
  request: StoredRequest,
  change: RequestChange,
  actor: RequestActor,
  now: DateTime,
  sla: SlaSettings,
): RequestTransition {
  const refusal = refusalOf(request, change.action);
  if (refusal) {
    return { allowed: false, reason: refusal };
  }
  const status = nextStatus(request.status, change.action)!;
  const at = storedInstant(now);
  const next: StoredRequest = { ...request, status, updatedAt: at };
  const events: NewRequestEvent[] = [
    {
      ...requestEvent('transition', actor.userRef, now, {
        action: change.action,
        from: request.status,
        to: status,
      }),
      body: change.note ?? null,
    },
  ];

  if (
    actor.asDesk &&
    respondingActions.includes(change.action) &&
    !request.firstRespondedAt
  ) {
    Object.assign(next, firstResponseAt(request, now, sla));
  }
  if (request.status === 'waiting_for_requester') {
    Object.assign(next, resumed(next, at, sla));
  }
  if (status === 'waiting_for_requester') {
    // The resolution clock stands still: no milestone falls due while it
    // waits, and the pause keeps the ones it had for when it resumes.
    next.resolutionPauses = [
      ...next.resolutionPauses,
      { start: at, end: null, before: next.resolutionMilestones },
    ];
    next.resolutionMilestones = { warnAt: null, dueAt: null };
  }
  if (change.action === 'resolve') {
    const { resolution, duplicateOf } = change;
    next.resolvedAt = at;
    next.resolution = {
      ...resolution,
      redirectedTo: resolution.redirectedTo ?? null,
      ...(duplicateOf ? { duplicateOf } : {}),
    };
    if (resolution.redirectedTo) {
      next.linkedRequestIds = [
        ...next.linkedRequestIds,
        resolution.redirectedTo.requestId,
      ];
    }
    if (duplicateOf) {
      next.linkedRequestIds = [...next.linkedRequestIds, duplicateOf];
    }
  }
  if (change.action === 'reopen') {
    // The time spent resolved did not count against the desk.
    const resolved = {
      start: request.resolvedAt ?? at,
      end: at,
      before: next.resolutionMilestones,
    };
    next.resolutionPauses = [...next.resolutionPauses, resolved];
    next.resolutionMilestones = resumedMilestones(next, resolved, sla);
    next.resolvedAt = null;
    next.resolution = null;
  }
  if (change.action === 'close') {
    next.closedAt = at;
  }
  return { allowed: true, request: next, events };
}

/** Why `action` may not be taken on `request` now, if it may not. */
function refusalOf(
  request: StoredRequest,
  action: RequestAction,
): string | undefined {
  if (!nextStatus(request.status, action)) {
    return `A request that is ${request.status} cannot ${action.replace(
      /_/g,
      ' ',
    )}`;
  }
  if (action === 'start' && request.approval?.state === 'pending') {
    return `The request waits for approval by ${request.approval.approvers.join(
      ', ',
    )}`;
  }
  if (action === 'start' && request.approval?.state === 'rejected') {
    return 'The request was rejected by its approver';
  }
  return undefined;
}

/**
 * The requester's answer puts a request waiting for them back in the desk's
 * hands: in progress, its resolution clock running again, and a `start`
 * history line by the requester.
 *
 * @public
 */
export function resumeWaitingRequest(
  request: StoredRequest,
  requesterRef: string,
  now: DateTime,
  sla: SlaSettings,
): { request: StoredRequest; event: NewRequestEvent } {
  const next: StoredRequest = {
    ...request,
    status: 'in_progress',
    ...resumed(request, storedInstant(now), sla),
  };
  return {
    request: next,
    event: requestEvent('transition', requesterRef, now, {
      action: 'start',
      from: request.status,
      to: 'in_progress',
    }),
  };
}

/**
 * Ends the open pause of a request's resolution clock at `at`, and gives
 * the clock its milestones again, moved on by the pause.
 */
function resumed(
  request: StoredRequest,
  at: string,
  sla: SlaSettings,
): Pick<StoredRequest, 'resolutionPauses' | 'resolutionMilestones'> {
  const resolutionPauses = request.resolutionPauses.map(pause =>
    pause.end === null ? { ...pause, end: at } : pause,
  );
  const open = request.resolutionPauses.find(pause => pause.end === null);
  return {
    resolutionPauses,
    resolutionMilestones: open
      ? resumedMilestones(
          { ...request, resolutionPauses },
          { ...open, end: at },
          sla,
        )
      : request.resolutionMilestones,
  };
}
