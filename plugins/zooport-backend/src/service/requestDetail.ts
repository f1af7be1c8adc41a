import {
  RequestDetail,
  zooportRequestApprovePermission,
  zooportRequestParticipatePermission,
  zooportRequestReadPermission,
  zooportRequestUpdatePermission,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { requestResourceOf } from '../permissions/requestResource';
import { Access, Caller } from './Access';
import { RequestService } from './RequestService';

interface RequestAccessDeps {
  access: Access;
  requests: RequestService;
}

/** A stored request, and what the caller may do with it. */
export async function requestWithAccess(
  { access, requests }: RequestAccessDeps,
  caller: Caller,
  id: string,
) {
  const stored = await requests.readStored(id);
  const resource = requestResourceOf(stored);
  const [update, participate, approve] = await Promise.all(
    [
      zooportRequestUpdatePermission,
      zooportRequestParticipatePermission,
      zooportRequestApprovePermission,
    ].map(permission => access.mayOnRequest(caller, permission, resource)),
  );
  return { stored, may: { update, participate, approve } };
}

/**
 * A request as the caller may see it: its SLA clocks at `now`, its history
 * (internal notes only for those who work on it) and what they may do.
 * 403 without `zooport.request.read`, 404 for an unknown id.
 */
export async function requestDetail(
  deps: RequestAccessDeps,
  caller: Caller,
  id: string,
  now: DateTime,
): Promise<RequestDetail> {
  await deps.access.require(caller, zooportRequestReadPermission, 'requests');
  const { stored, may } = await requestWithAccess(deps, caller, id);
  return {
    ...(await deps.requests.withSlaClocks(stored, now)),
    events: await deps.requests.history(id, may.update),
    may,
  };
}
