import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { useMyShifts } from '../../../hooks/useMyShifts';
import { useMyDesks } from '../../requests/RequestsView/useMyDesks';
import { byPressingSla } from '../../requests/SlaChip';

/** The most the backend gives in one page; the card sorts that page. */
const OPEN_LIMIT = 100;

/**
 * The viewer's current or next shift, the desks whose team they are in,
 * and those desks' open requests, the most pressing first.
 */
export function useMyDutySummary() {
  const zooportApi = useApi(zooportApiRef);
  const shifts = useMyShifts();
  const desks = useMyDesks();
  const teamRefs = desks.value?.myDesks.map(desk => desk.teamRef).join(' ');
  const open = useAsync(async () => {
    if (teamRefs === undefined) {
      return undefined;
    }
    if (!teamRefs) {
      return { items: [], nextCursor: null };
    }
    return zooportApi.listRequests({
      desk: teamRefs.split(' '),
      status: 'open',
      limit: OPEN_LIMIT,
    });
  }, [zooportApi, teamRefs]);
  const error = shifts.error ?? desks.error ?? open.error;
  if (error || !shifts.value || !desks.value || !open.value) {
    return { error };
  }
  return {
    value: {
      shift: shifts.value.shifts[0],
      desks: desks.value.desks,
      myDesks: desks.value.myDesks,
      open: [...open.value.items].sort(byPressingSla),
      moreOpen: open.value.nextCursor !== null,
    },
  };
}
