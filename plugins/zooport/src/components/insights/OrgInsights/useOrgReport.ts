import { useApi } from '@backstage/core-plugin-api';
import { zooportApiRef } from '../../../api';
import { InsightsRange } from '../RangePicker';
import { useComparedReports } from '../shared/useComparedReports';

/** Every desk's figures over `range`, and over the period before to compare. */
export function useOrgReport(range: InsightsRange) {
  const zooportApi = useApi(zooportApiRef);
  return useComparedReports(range, query => zooportApi.getOrgReport(query), [
    zooportApi,
  ]);
}
