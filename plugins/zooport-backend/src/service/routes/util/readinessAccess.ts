import {
  zooportReadinessReadPermission,
  zooportReadinessUpdatePermission,
} from '@zooport/plugin-zooport-common';
import { Request } from 'express';
import { Access } from '../../Access';
import { teamRefFrom } from './params';

/**
 * The checks of the readiness routes, all on the desk in the path: read
 * needs `zooport.readiness.read`, a write `zooport.readiness.update` and a
 * signed-in person, who is returned.
 */
export function readinessAccess(access: Access) {
  return {
    async reader(req: Request): Promise<string> {
      const teamRef = teamRefFrom(req);
      await access.requireOnDesk(req, zooportReadinessReadPermission, {
        teamRef,
      });
      return teamRef;
    },
    async writer(req: Request): Promise<{ teamRef: string; userRef: string }> {
      const teamRef = teamRefFrom(req);
      const userRef = await access.user(req);
      await access.requireOnDesk(req, zooportReadinessUpdatePermission, {
        teamRef,
      });
      return { teamRef, userRef };
    },
  };
}
