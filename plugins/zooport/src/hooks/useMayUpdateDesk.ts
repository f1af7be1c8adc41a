import { usePermission } from '@backstage/plugin-permission-react';
import { zooportDeskUpdatePermission } from '@zooport/plugin-zooport-common';

/**
 * Whether the viewer may change a team's desk: its profile and its request
 * types. The backend checks again on every change.
 */
export function useMayUpdateDesk(teamRef: string): boolean {
  return usePermission({
    permission: zooportDeskUpdatePermission,
    resourceRef: teamRef,
  }).allowed;
}
