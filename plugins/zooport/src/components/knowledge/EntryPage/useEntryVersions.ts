import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/** Every saved version of an entry, newest first; loaded again per revision. */
export function useEntryVersions(id: string, revision: number) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(
    () => zooportApi.listEntryVersions(id),
    [zooportApi, id, revision],
  );
}
