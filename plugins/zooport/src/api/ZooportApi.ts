import { createApiRef } from '@backstage/core-plugin-api';
import {
  Desk,
  DeskOnDuty,
  ZooDesk,
  ZooportHealth,
} from '@zooport/plugin-zooport-common';

/**
 * The typed client for the Zooport backend.
 *
 * @public
 */
export interface ZooportApi {
  getHealth(): Promise<ZooportHealth>;
  /** Every desk and who is on duty there now. */
  getZoo(): Promise<ZooDesk[]>;
  /** A team's desk, or undefined when the team has none. */
  getDesk(teamRef: string): Promise<Desk | undefined>;
  getOnDuty(teamRef: string): Promise<DeskOnDuty>;
}

/** @public */
export const zooportApiRef = createApiRef<ZooportApi>({
  id: 'plugin.zooport.service',
});
