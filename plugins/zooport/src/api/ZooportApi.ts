import { createApiRef } from '@backstage/core-plugin-api';
import {
  Desk,
  OnDutyMember,
  ZooportHealth,
} from '@zooport/plugin-zooport-common';

/** Who is on duty at one desk, as the backend answers. @public */
export interface DeskOnDuty {
  teamRef: string;
  at: string;
  shift: { start: string; end: string } | null;
  onDuty: OnDutyMember[];
  observers: string[];
  next: { start: string; onDuty: OnDutyMember[] } | null;
}

/** A desk in the zoo view: who is on duty, with the desk's animal. @public */
export type ZooDesk = DeskOnDuty & Pick<Desk, 'animal'>;

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
