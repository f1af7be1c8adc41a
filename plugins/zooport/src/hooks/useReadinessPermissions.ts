import { usePermission } from '@backstage/plugin-permission-react';
import {
  zooportReadinessReadPermission,
  zooportReadinessUpdatePermission,
} from '@zooport/plugin-zooport-common';

/**
 * Whether the viewer may see a desk's readiness work (its scenarios,
 * workshops and actions) and write it. `loading` until both are known, so
 * that nothing shows before the answer. The backend checks again.
 */
export function useReadinessPermissions(teamRef: string) {
  const read = usePermission({
    permission: zooportReadinessReadPermission,
    resourceRef: teamRef,
  });
  const update = usePermission({
    permission: zooportReadinessUpdatePermission,
    resourceRef: teamRef,
  });
  return {
    loading: read.loading || update.loading,
    mayRead: read.allowed,
    mayUpdate: update.allowed,
  };
}
