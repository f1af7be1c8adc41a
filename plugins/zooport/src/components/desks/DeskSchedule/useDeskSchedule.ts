import { useApi } from '@backstage/core-plugin-api';
import { DateTime } from 'luxon';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';

const WEEKS_AHEAD = 4;

/** The desk's shifts of the coming weeks, and the overrides in them. */
export function useDeskSchedule(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useAsyncRetry(async () => {
    const now = DateTime.now();
    const [shifts, overrides] = await Promise.all([
      zooportApi.getSchedule(
        teamRef,
        now.toISO()!,
        now.plus({ weeks: WEEKS_AHEAD }).toISO()!,
      ),
      zooportApi.listOverrides(teamRef),
    ]);
    return { shifts, overrides };
  }, [zooportApi, teamRef]);
}
