/**
 * The Zooport backend plugin: support desks, rotations, requests and the
 * knowledge base, served under `/api/zooport`.
 *
 * @packageDocumentation
 */

export { zooportPlugin as default } from './plugin';
export {
  zooportDeskConditions,
  createZooportDeskConditionalDecision,
} from './permissions/deskResource';
export {
  zooportRequestConditions,
  createZooportRequestConditionalDecision,
} from './permissions/requestResource';
export {
  decideZooportPermission,
  ZooportPermissionPolicy,
} from './permissions/ZooportPermissionPolicy';
export { zooportPermissionPolicyModule } from './permissions/policyModule';
