import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { InsightsRange, previousRange } from '../RangePicker';

const queryOf = ({ from, to, bucket }: InsightsRange) => ({ from, to, bucket });

/** A desk's report over `range`, and over the period before to compare. */
export function useDeskReports(teamRef: string, range: InsightsRange) {
  const zooportApi = useApi(zooportApiRef);
  const { from, to, bucket } = range;
  return useAsync(async () => {
    const [current, previous] = await Promise.all([
      zooportApi.getDeskReport(teamRef, queryOf(range)),
      zooportApi.getDeskReport(teamRef, queryOf(previousRange(range))),
    ]);
    return { current, previous };
    // The range is new on every render; its days are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zooportApi, teamRef, from, to, bucket]);
}
