import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';

/** The signed-in person's user entity ref, once the identity API has it. */
export function useSignedInUser() {
  const identityApi = useApi(identityApiRef);
  return useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  );
}
