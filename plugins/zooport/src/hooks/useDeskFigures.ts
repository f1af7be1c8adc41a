import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../api';

/** A desk's key figures over the last `days` days. */
export function useDeskFigures(teamRef: string, days: number) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(
    () => zooportApi.getDeskFigures(teamRef, days),
    [zooportApi, teamRef, days],
  );
}
