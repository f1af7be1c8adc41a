import { useRouteRef } from '@backstage/core-plugin-api';
import { RequestPriority } from '@zooport/plugin-zooport-common';
import { requestRouteRef, rootRouteRef } from '../../../routes';
import { StatusChoice } from '../../requests/RequestQueue/queueFilters';

/** What a chart narrows the desk's request list to, as far as it can. */
export interface RequestListFilter {
  status?: StatusChoice;
  priority?: RequestPriority;
  breached?: boolean;
}

/**
 * Links to a desk's request list under Requests › My desks, filtered as
 * its address says (`status`, `priority`, `breached`). The list has no
 * filter by date, type, assignee or resolution, so a chart about those
 * links the desk's requests of the matching status.
 */
export function useRequestListLink() {
  const rootLink = useRouteRef(rootRouteRef);
  return (teamRef: string, filter: RequestListFilter = {}) => {
    const params = new URLSearchParams({
      queue: 'desks',
      desk: teamRef,
      status: filter.status ?? 'all',
    });
    if (filter.priority) {
      params.set('priority', filter.priority);
    }
    if (filter.breached) {
      params.set('breached', 'true');
    }
    return `${rootLink()}/requests?${params}`;
  };
}

/** Links to one request's page. */
export function useRequestLink() {
  const requestLink = useRouteRef(requestRouteRef);
  return (id: string) => requestLink({ id });
}
