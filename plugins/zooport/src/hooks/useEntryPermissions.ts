import { usePermission } from '@backstage/plugin-permission-react';
import {
  zooportEntryDeletePermission,
  zooportEntryUpdatePermission,
} from '@zooport/plugin-zooport-common';

/**
 * Whether the viewer may write (edit, review, restore) and delete the
 * entries of a team's desk. The backend checks again on every change.
 */
export function useEntryPermissions(teamRef: string) {
  const update = usePermission({
    permission: zooportEntryUpdatePermission,
    resourceRef: teamRef,
  });
  const remove = usePermission({
    permission: zooportEntryDeletePermission,
    resourceRef: teamRef,
  });
  return { mayUpdate: update.allowed, mayDelete: remove.allowed };
}
