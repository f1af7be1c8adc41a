import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/** A team's desk; undefined when the team has none. */
export function useDesk(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(() => zooportApi.getDesk(teamRef), [zooportApi, teamRef]);
}
