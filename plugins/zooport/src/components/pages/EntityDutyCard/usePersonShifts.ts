import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/** Someone's stretches of duty in the coming weeks and what they observe. */
export function usePersonShifts(userRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(
    () => zooportApi.getPersonShifts(userRef),
    [zooportApi, userRef],
  );
}
