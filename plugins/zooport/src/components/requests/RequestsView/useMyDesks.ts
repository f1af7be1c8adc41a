import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/** Every desk, and those whose team the viewer is in. */
export function useMyDesks() {
  const zooportApi = useApi(zooportApiRef);
  const identityApi = useApi(identityApiRef);
  return useAsync(async () => {
    const [identity, desks] = await Promise.all([
      identityApi.getBackstageIdentity(),
      zooportApi.getZoo(),
    ]);
    const mine = new Set(identity.ownershipEntityRefs);
    return {
      desks,
      myDesks: desks.filter(desk => mine.has(desk.teamRef)),
    };
  }, [zooportApi, identityApi]);
}
