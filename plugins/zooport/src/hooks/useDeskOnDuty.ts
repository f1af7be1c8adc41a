import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../api';

/** A team's desk and who is on duty there; `desk` is undefined without one. */
export function useDeskOnDuty(teamRef: string | undefined) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(async () => {
    if (!teamRef) {
      return { desk: undefined, onDuty: undefined };
    }
    const desk = await zooportApi.getDesk(teamRef);
    const onDuty = desk ? await zooportApi.getOnDuty(teamRef) : undefined;
    return { desk, onDuty };
  }, [zooportApi, teamRef]);
}
