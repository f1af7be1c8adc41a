import { useApi } from '@backstage/core-plugin-api';
import { DeskJira } from '@zooport/plugin-zooport-common';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../../api';

/**
 * The desk answer's Jira settings: set only when the backend files Jira
 * issues. Undefined while it loads, if it cannot, and without Jira.
 */
export function useDeskJira(teamRef: string): DeskJira | undefined {
  const zooportApi = useApi(zooportApiRef);
  const { value } = useAsync(
    async () => (await zooportApi.getDesk(teamRef))?.jira,
    [zooportApi, teamRef],
  );
  return value;
}
