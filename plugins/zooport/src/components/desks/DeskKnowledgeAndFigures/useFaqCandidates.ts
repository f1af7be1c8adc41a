import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/** Questions the desk answered again and again lately: FAQ entries to write. */
export function useFaqCandidates(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(
    () => zooportApi.getFaqCandidates(teamRef),
    [zooportApi, teamRef],
  );
}
