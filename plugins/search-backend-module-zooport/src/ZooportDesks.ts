import { AuthService } from '@backstage/backend-plugin-api';
import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Desk, ZooportSearchDeskFields } from '@zooport/plugin-zooport-common';
import { ZooportPages } from './ZooportPages';

/** A team's name as Backstage presents it: display name, title, name. */
function teamTitle(team: Entity | undefined, teamRef: string): string {
  const profile = team?.spec?.profile as { displayName?: unknown } | undefined;
  if (typeof profile?.displayName === 'string' && profile.displayName.trim()) {
    return profile.displayName.trim();
  }
  return team?.metadata.title?.trim() || parseEntityRef(teamRef).name;
}

/**
 * The desk of each document: its team's name from the catalog and its
 * animal from Zooport, read once for every collation.
 */
export class ZooportDesks {
  constructor(
    private readonly deps: {
      pages: ZooportPages;
      catalog: CatalogService;
      auth: AuthService;
    },
  ) {}

  async fieldsByTeam(): Promise<(teamRef: string) => ZooportSearchDeskFields> {
    const { pages, catalog, auth } = this.deps;
    const desks = await pages.all<Desk>('/desks');
    const { items: teams } = await catalog.getEntitiesByRefs(
      {
        entityRefs: desks.map(desk => desk.teamRef),
        fields: [
          'kind',
          'metadata.namespace',
          'metadata.name',
          'metadata.title',
          'spec.profile.displayName',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    const fields = new Map(
      desks.map((desk, index): [string, ZooportSearchDeskFields] => [
        desk.teamRef,
        {
          teamRef: desk.teamRef,
          teamTitle: teamTitle(teams[index], desk.teamRef),
          animal: desk.animal.name,
          animalEmoji: desk.animal.emoji,
          animalColour: desk.animal.colour,
        },
      ]),
    );
    return teamRef =>
      fields.get(teamRef) ?? {
        teamRef,
        teamTitle: teamTitle(undefined, teamRef),
      };
  }
}
