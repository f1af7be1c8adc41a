import { useApi } from '@backstage/core-plugin-api';
import { zooportApiRef } from '../../../api';
import { InsightsRange } from '../RangePicker';
import { useComparedReports } from '../shared/useComparedReports';

/**
 * Every desk's totals over `range`, and over the period before to compare;
 * the table shows no desk's buckets, so they are not fetched.
 */
export function useOrgReport(range: InsightsRange) {
  const zooportApi = useApi(zooportApiRef);
  return useComparedReports(
    range,
    query => zooportApi.getOrgReport({ ...query, detail: 'totals' }),
    [zooportApi],
  );
}
