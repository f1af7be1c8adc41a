import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  readAdminGroups,
  ZooportPermissionPolicy,
} from './ZooportPermissionPolicy';

/**
 * Installs {@link ZooportPermissionPolicy} as the portal's permission policy.
 *
 * @public
 */
export const zooportPermissionPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'zooport-policy',
  register(env) {
    env.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, config, userInfo }) {
        policy.setPolicy(
          new ZooportPermissionPolicy({
            adminGroups: readAdminGroups(config),
            userInfo,
          }),
        );
      },
    });
  },
});
