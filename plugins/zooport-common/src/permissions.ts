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

/** @public */
export const zooportPermissions = [
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
  zooportRotationUpdatePermission,
];
