import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../../api';

/** Every request type of a desk, archived ones included, for its editors. */
export function useDeskRequestTypes(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(
    () => zooportApi.listRequestTypes(teamRef),
    [zooportApi, teamRef],
  );
}
