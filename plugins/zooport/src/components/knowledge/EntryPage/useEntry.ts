import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

/**
 * One knowledge-base entry with its votes, and its desk (for the animal);
 * `retry` loads both again after a change.
 */
export function useEntry(id: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(async () => {
    const entry = await zooportApi.getEntry(id);
    const desk = await zooportApi.getDesk(entry.teamRef);
    return { entry, desk };
  }, [zooportApi, id]);
}
