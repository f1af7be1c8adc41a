/**
 * The Zooport permission policy as a backend module for the permission plugin.
 *
 * @packageDocumentation
 */

export { zooportPermissionPolicyModule as default } from './permissions/policyModule';
