import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/** The request types a desk takes new requests of (archived ones left out). */
export function useRequestTypes(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(async () => {
    const types = await zooportApi.listRequestTypes(teamRef);
    return types.filter(type => !type.archived);
  }, [zooportApi, teamRef]);
}
