import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { InsightsRange } from '../RangePicker';

/** Every desk's figures over `range`. */
export function useOrgReport(range: InsightsRange) {
  const zooportApi = useApi(zooportApiRef);
  const { from, to, bucket } = range;
  return useAsync(
    () => zooportApi.getOrgReport({ from, to, bucket }),
    [zooportApi, from, to, bucket],
  );
}
