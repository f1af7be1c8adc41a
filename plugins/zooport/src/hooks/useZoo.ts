import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../api';

/** Every desk and who is on duty there now. */
export function useZoo() {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(() => zooportApi.getZoo(), [zooportApi]);
}
