import { useApi } from '@backstage/core-plugin-api';
import { zooportApiRef } from '../../../api';
import { InsightsRange } from '../RangePicker';
import { useComparedReports } from '../shared/useComparedReports';

/** A desk's report over `range`, and over the period before to compare. */
export function useDeskReports(teamRef: string, range: InsightsRange) {
  const zooportApi = useApi(zooportApiRef);
  return useComparedReports(
    range,
    query => zooportApi.getDeskReport(teamRef, query),
    [zooportApi, teamRef],
  );
}
