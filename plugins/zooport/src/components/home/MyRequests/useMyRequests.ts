import { useApi } from '@backstage/core-plugin-api';
import { isOpen } from '@zooport/plugin-zooport-common';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/**
 * The requests the viewer filed: the open ones, newest first, then the
 * latest of those already done, `shown` in all.
 */
export function useMyRequests(shown: number) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(async () => {
    const [open, latest] = await Promise.all([
      zooportApi.listRequests({
        requester: 'me',
        status: 'open',
        limit: shown,
      }),
      zooportApi.listRequests({ requester: 'me', limit: shown }),
    ]);
    const done = latest.items.filter(request => !isOpen(request.status));
    return [...open.items, ...done].slice(0, shown);
  }, [zooportApi, shown]);
}
