import { useApi } from '@backstage/core-plugin-api';
import { RequestFilter, SupportRequest } from '@zooport/plugin-zooport-common';
import { useEffect } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';

/**
 * The requests `filter` finds, newest first, a page at a time. Pass a stable
 * filter (a constant or memoised): a new object loads the queue again.
 */
export function useRequestQueue(filter: RequestFilter) {
  const zooportApi = useApi(zooportApiRef);
  // The pages loaded so far travel through the call, so that an answer for
  // an older filter can never be mixed into the newer one.
  const [state, load] = useAsyncFn(
    async (shown: SupportRequest[] = [], cursor?: string) => {
      const page = await zooportApi.listRequests({ ...filter, cursor });
      return {
        requests: [...shown, ...page.items],
        nextCursor: page.nextCursor,
      };
    },
    [zooportApi, filter],
    { loading: true },
  );
  useEffect(() => {
    load();
  }, [load]);

  const { value, loading, error } = state;
  const nextCursor = value?.nextCursor;
  return {
    requests: value?.requests,
    loading,
    error,
    loadMore: nextCursor ? () => load(value.requests, nextCursor) : undefined,
  };
}
