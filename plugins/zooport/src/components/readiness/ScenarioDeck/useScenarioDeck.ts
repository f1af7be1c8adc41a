import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

/** A desk's scenario deck; `retry` loads it again after a change. */
export function useScenarioDeck(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(
    () => zooportApi.getScenarioDeck(teamRef),
    [zooportApi, teamRef],
  );
}
