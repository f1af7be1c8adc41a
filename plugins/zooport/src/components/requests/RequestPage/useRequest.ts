import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

/**
 * One request with its history and what the viewer may do with it, and its
 * desk (for the desk's animal and zone); `retry` loads both again.
 */
export function useRequest(id: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(async () => {
    const request = await zooportApi.getRequest(id);
    const desk = await zooportApi.getDesk(request.teamRef);
    return { request, desk };
  }, [zooportApi, id]);
}
