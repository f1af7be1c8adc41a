import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

/**
 * A workshop's whole record; `retry` loads it again after a draw, a note
 * or an action, keeping the one shown meanwhile.
 */
export function useWorkshopRecord(teamRef: string, id: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(
    () => zooportApi.getWorkshop(teamRef, id),
    [zooportApi, teamRef, id],
  );
}
