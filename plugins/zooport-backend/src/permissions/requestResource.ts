import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import {
  SupportRequest,
  ZOOPORT_REQUEST_RESOURCE_TYPE,
} from '@zooport/plugin-zooport-common';
import { z } from 'zod';

/** What the permission framework sees of a support request. */
export interface RequestResource {
  teamRef: string;
  requesterRef: string;
  /** Who may approve it (empty when its type needs no approval). */
  approvers: string[];
}

/** The permission framework's view of a support request. */
export function requestResourceOf(
  request: Pick<SupportRequest, 'teamRef' | 'requesterRef' | 'approval'>,
): RequestResource {
  return {
    teamRef: request.teamRef,
    requesterRef: request.requesterRef,
    approvers: request.approval?.approvers ?? [],
  };
}

/** Decisions on requests are settled in memory, one request at a time. */
export type RequestQuery = Record<string, never>;

export const requestResourceRef = createPermissionResourceRef<
  RequestResource,
  RequestQuery
>().with({ pluginId: 'zooport', resourceType: ZOOPORT_REQUEST_RESOURCE_TYPE });

const claimsSchema = z.object({
  claims: z
    .array(z.string())
    .describe('Entity refs the user holds: themselves and their groups'),
});

/** Allows the members of the team whose desk the request was filed with. */
export const isRequestDeskMember = createPermissionRule({
  name: 'IS_REQUEST_DESK_MEMBER',
  description: "Allow members of the request's desk team",
  resourceRef: requestResourceRef,
  paramsSchema: claimsSchema,
  apply: (request, { claims }) => claims.includes(request.teamRef),
  toQuery: () => ({}),
});

/** Allows the person who filed the request. */
export const isRequester = createPermissionRule({
  name: 'IS_REQUESTER',
  description: 'Allow the person who filed the request',
  resourceRef: requestResourceRef,
  paramsSchema: claimsSchema,
  apply: (request, { claims }) => claims.includes(request.requesterRef),
  toQuery: () => ({}),
});

/** Allows the approvers named by the request's type. */
export const isRequestApprover = createPermissionRule({
  name: 'IS_REQUEST_APPROVER',
  description: "Allow the approvers named by the request's type",
  resourceRef: requestResourceRef,
  paramsSchema: claimsSchema,
  apply: (request, { claims }) =>
    request.approvers.some(approver => claims.includes(approver)),
  toQuery: () => ({}),
});

export const requestPermissionRules = [
  isRequestDeskMember,
  isRequester,
  isRequestApprover,
];

/**
 * Conditions for permission policies that decide on Zooport requests.
 *
 * @public
 */
export const {
  conditions: zooportRequestConditions,
  createConditionalDecision: createZooportRequestConditionalDecision,
} = createConditionExports({
  resourceRef: requestResourceRef,
  rules: { isRequestDeskMember, isRequester, isRequestApprover },
});
