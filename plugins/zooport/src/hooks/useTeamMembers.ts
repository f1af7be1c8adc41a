import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** A person who may take part in a team's rotation. */
export interface TeamMember {
  userRef: string;
  name: string;
}

function nameOf(user: Entity): string {
  const profile = (user.spec?.profile ?? {}) as { displayName?: string };
  return profile.displayName ?? user.metadata.title ?? user.metadata.name;
}

/** The team's members from the catalog, by name. */
export function useTeamMembers(teamRef: string) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<TeamMember[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'User', 'relations.memberof': teamRef },
      fields: ['kind', 'metadata', 'spec.profile'],
    });
    return items
      .map(user => ({ userRef: stringifyEntityRef(user), name: nameOf(user) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [catalogApi, teamRef]);
}
