import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

/** A desk's workshops, latest start first, and its cadence. */
export function useWorkshops(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(async () => {
    const [workshops, cadence] = await Promise.all([
      zooportApi.listWorkshops(teamRef),
      zooportApi.getWorkshopCadence(teamRef),
    ]);
    return { workshops, cadence };
  }, [zooportApi, teamRef]);
}
