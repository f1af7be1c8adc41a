import {
  RequestAction,
  RequestStatus,
  requestActions,
  requestStatuses,
} from './types';

const transitions: Record<
  RequestAction,
  { from: readonly RequestStatus[]; to: RequestStatus }
> = {
  acknowledge: { from: ['new'], to: 'acknowledged' },
  start: {
    from: ['new', 'acknowledged', 'waiting_for_requester'],
    to: 'in_progress',
  },
  // Asking the requester for more is a fine first answer, too.
  wait_for_requester: {
    from: ['new', 'acknowledged', 'in_progress'],
    to: 'waiting_for_requester',
  },
  resolve: {
    from: ['new', 'acknowledged', 'in_progress', 'waiting_for_requester'],
    to: 'resolved',
  },
  // People close requests instead of deleting them, so closing works from
  // anywhere; a closed request is final.
  close: {
    from: requestStatuses.filter(status => status !== 'closed'),
    to: 'closed',
  },
  reopen: { from: ['resolved'], to: 'in_progress' },
};

/**
 * Where `action` takes a request in `status`, or undefined when the action
 * is not allowed there.
 *
 * @public
 */
export function nextStatus(
  status: RequestStatus,
  action: RequestAction,
): RequestStatus | undefined {
  const transition = transitions[action];
  return transition.from.includes(status) ? transition.to : undefined;
}

/**
 * The actions a request in `status` allows, in the order of `requestActions`.
 *
 * @public
 */
export function allowedActions(status: RequestStatus): RequestAction[] {
  return requestActions.filter(
    action => nextStatus(status, action) !== undefined,
  );
}

/**
 * Whether the desk still owes the requester something: not resolved, not
 * closed.
 *
 * @public
 */
export function isOpen(status: RequestStatus): boolean {
  return status !== 'resolved' && status !== 'closed';
}
