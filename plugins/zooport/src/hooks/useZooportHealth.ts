import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../api';

export function useZooportHealth() {
  const zooportApi = useApi(zooportApiRef);
  return useAsync(() => zooportApi.getHealth(), [zooportApi]);
}
