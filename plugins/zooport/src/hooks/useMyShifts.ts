import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../api';

/** The viewer's coming stretches of duty and observer weeks. */
export function useMyShifts() {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(() => zooportApi.getMyShifts(), [zooportApi]);
}
