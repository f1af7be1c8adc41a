import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

/** A desk's actions not yet done nor dropped, by due date. */
export function useOpenActions(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(
    () => zooportApi.listReadinessActions(teamRef, ['open']),
    [zooportApi, teamRef],
  );
}
