import { parseEntityRef } from '@backstage/catalog-model';
import { useZoo } from '../../../hooks/useZoo';
import { deskLabel } from '../../requests/RequestsView/deskLabel';

/**
 * How a desk is named in the insights: its animal and team, e.g.
 * "🐢 turtle (platform-software)"; the team's name until the zoo is read.
 */
export function useDeskLabels(): (teamRef: string) => string {
  const zoo = useZoo();
  const desks = new Map(zoo.value?.map(desk => [desk.teamRef, desk]));
  return teamRef => {
    const desk = desks.get(teamRef);
    return desk ? deskLabel(desk) : parseEntityRef(teamRef).name;
  };
}
