import { useRouteRef } from '@backstage/core-plugin-api';
import { requestRouteRef, rootRouteRef } from '../../../routes';
import { RequestListFilter, requestListSearch } from './requestListAddress';

export type { RequestListFilter } from './requestListAddress';

/** Links to a desk's request list, narrowed as a chart's figures are. */
export function useRequestListLink() {
  const rootLink = useRouteRef(rootRouteRef);
  return (teamRef: string, filter: RequestListFilter = {}) =>
    `${rootLink()}/requests?${requestListSearch(teamRef, filter)}`;
}

/** Links to one request's page. */
export function useRequestLink() {
  const requestLink = useRouteRef(requestRouteRef);
  return (id: string) => requestLink({ id });
}
