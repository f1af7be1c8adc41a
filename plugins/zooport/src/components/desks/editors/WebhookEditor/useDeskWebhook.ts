import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../../api';

/** The desk's webhook and its recent posts, for those who may change it. */
export function useDeskWebhook(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(
    () => zooportApi.getDeskWebhook(teamRef),
    [zooportApi, teamRef],
  );
}
