import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../api';

/** The playbooks of a team's desk, by title: what scenarios point to. */
export function useDeskPlaybooks(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(async () => {
    const page = await zooportApi.listEntries({
      desk: [teamRef],
      kind: 'playbook',
      limit: 100,
    });
    return page.items;
  }, [zooportApi, teamRef]);
}
