import {
  createPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * Resources of this type are support desks, named by their team's entity ref.
 *
 * @public
 */
export const ZOOPORT_DESK_RESOURCE_TYPE = 'zooport-desk';

/** @public */
export type ZooportDeskPermission = ResourcePermission<
  typeof ZOOPORT_DESK_RESOURCE_TYPE
>;

/**
 * Read support desks, rotations and who is on duty.
 *
 * @public
 */
export const zooportDeskReadPermission = createPermission({
  name: 'zooport.desk.read',
  attributes: { action: 'read' },
});

/**
 * Create or change a desk's profile (animal, topics, channels, hours).
 *
 * @public
 */
export const zooportDeskUpdatePermission = createPermission({
  name: 'zooport.desk.update',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_DESK_RESOURCE_TYPE,
});

/**
 * Change a desk's rotation and its overrides.
 *
 * @public
 */
export const zooportRotationUpdatePermission = createPermission({
  name: 'zooport.rotation.update',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_DESK_RESOURCE_TYPE,
});

/**
 * Resources of this type are support requests, known by their desk, their
 * requester and who may approve them.
 *
 * @public
 */
export const ZOOPORT_REQUEST_RESOURCE_TYPE = 'zooport-request';

/** @public */
export type ZooportRequestPermission = ResourcePermission<
  typeof ZOOPORT_REQUEST_RESOURCE_TYPE
>;

/**
 * File a support request with a desk.
 *
 * @public
 */
export const zooportRequestCreatePermission = createPermission({
  name: 'zooport.request.create',
  attributes: { action: 'create' },
});

/**
 * Read requests and their public history. Internal notes also need
 * `zooport.request.update` on the request.
 *
 * @public
 */
export const zooportRequestReadPermission = createPermission({
  name: 'zooport.request.read',
  attributes: { action: 'read' },
});

/**
 * Work on a request as its desk: acknowledge, move it along, resolve it,
 * write internal notes.
 *
 * @public
 */
export const zooportRequestUpdatePermission = createPermission({
  name: 'zooport.request.update',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_REQUEST_RESOURCE_TYPE,
});

/**
 * Take part in a request's conversation: comment, escalate, close or reopen
 * it. Meant for its requester as well as its desk.
 *
 * @public
 */
export const zooportRequestParticipatePermission = createPermission({
  name: 'zooport.request.participate',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_REQUEST_RESOURCE_TYPE,
});

/**
 * Approve or reject a request whose type needs approval.
 *
 * @public
 */
export const zooportRequestApprovePermission = createPermission({
  name: 'zooport.request.approve',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_REQUEST_RESOURCE_TYPE,
});

/**
 * Read the knowledge base: FAQ entries and playbooks.
 *
 * @public
 */
export const zooportEntryReadPermission = createPermission({
  name: 'zooport.entry.read',
  attributes: { action: 'read' },
});

/**
 * Write a desk's FAQ entries and playbooks, or restore an old version.
 *
 * @public
 */
export const zooportEntryUpdatePermission = createPermission({
  name: 'zooport.entry.update',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_DESK_RESOURCE_TYPE,
});

/**
 * Delete a desk's FAQ entries and playbooks.
 *
 * @public
 */
export const zooportEntryDeletePermission = createPermission({
  name: 'zooport.entry.delete',
  attributes: { action: 'delete' },
  resourceType: ZOOPORT_DESK_RESOURCE_TYPE,
});

/**
 * Read a desk's readiness work: its scenario deck (with the facilitator's
 * notes), its workshops with their notes and actions, and its people's
 * readiness stages. Meant for the desk's team.
 *
 * @public
 */
export const zooportReadinessReadPermission = createPermission({
  name: 'zooport.readiness.read',
  attributes: { action: 'read' },
  resourceType: ZOOPORT_DESK_RESOURCE_TYPE,
});

/**
 * Write a desk's scenarios, plan and run its workshops, add notes and
 * actions, set its survey and workshop cadence, and move people through
 * the readiness stages.
 *
 * @public
 */
export const zooportReadinessUpdatePermission = createPermission({
  name: 'zooport.readiness.update',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_DESK_RESOURCE_TYPE,
});

/**
 * Answer a desk's monthly confidence survey. The answers themselves are
 * read only as the month's aggregate, by anyone who may read the desk.
 *
 * @public
 */
export const zooportSurveyAnswerPermission = createPermission({
  name: 'zooport.survey.answer',
  attributes: { action: 'update' },
  resourceType: ZOOPORT_DESK_RESOURCE_TYPE,
});

/** @public */
export const zooportPermissions = [
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
  zooportRotationUpdatePermission,
  zooportRequestCreatePermission,
  zooportRequestReadPermission,
  zooportRequestUpdatePermission,
  zooportRequestParticipatePermission,
  zooportRequestApprovePermission,
  zooportEntryReadPermission,
  zooportEntryUpdatePermission,
  zooportEntryDeletePermission,
  zooportReadinessReadPermission,
  zooportReadinessUpdatePermission,
  zooportSurveyAnswerPermission,
];
