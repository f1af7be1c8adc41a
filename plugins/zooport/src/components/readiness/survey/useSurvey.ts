import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

/**
 * The viewer's survey of this month and the desk's trend, with the
 * workshops held. Workshops are readiness work, which not every reader of
 * the desk may see: without them the chart shows none.
 */
export function useSurvey(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(async () => {
    const [status, trend, workshops] = await Promise.all([
      zooportApi.getSurveyStatus(teamRef),
      zooportApi.getSurveyTrend(teamRef),
      zooportApi.listWorkshops(teamRef).catch(() => []),
    ]);
    return { status, trend, workshops };
  }, [zooportApi, teamRef]);
}
