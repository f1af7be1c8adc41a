import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../api';

/**
 * A desk's onboarding stages, the warnings about its next shifts and its
 * playbooks; `skip` (e.g. without `zooport.readiness.read`) asks nothing.
 */
export function useDeskReadiness(teamRef: string, skip = false) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(
    async () => (skip ? undefined : zooportApi.getDeskReadiness(teamRef)),
    [zooportApi, teamRef, skip],
  );
}
