import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';

/** The address of a team's paw tab, its desk on the team's page. */
export function usePawTabLink(): (teamRef: string) => string {
  const entityLink = useRouteRef(entityRouteRef);
  return teamRef => {
    const { kind, namespace, name } = parseEntityRef(teamRef);
    return `${entityLink({ kind, namespace, name })}/zooport`;
  };
}
