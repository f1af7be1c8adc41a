import { createApiRef } from '@backstage/core-plugin-api';
import { ZooportHealth } from '@zooport/plugin-zooport-common';

/**
 * The typed client for the Zooport backend.
 *
 * @public
 */
export interface ZooportApi {
  getHealth(): Promise<ZooportHealth>;
}

/** @public */
export const zooportApiRef = createApiRef<ZooportApi>({
  id: 'plugin.zooport.service',
});
