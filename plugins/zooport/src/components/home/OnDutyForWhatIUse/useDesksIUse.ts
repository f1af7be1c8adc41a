import { Entity } from '@backstage/catalog-model';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import {
  CatalogApi,
  catalogApiRef,
  useStarredEntities,
} from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { zooportApiRef } from '../../../api';
import { desksIUse } from './desksIUse';

/** Enough of an entity to name it and find its owners. */
const fields = ['kind', 'metadata.name', 'metadata.namespace', 'relations'];

/** The starred entities the catalog still has. */
async function entitiesByRefs(
  catalogApi: CatalogApi,
  entityRefs: string[],
): Promise<Entity[]> {
  if (entityRefs.length === 0) {
    return [];
  }
  const { items } = await catalogApi.getEntitiesByRefs({ entityRefs, fields });
  return items.filter((entity): entity is Entity => Boolean(entity));
}

/**
 * The desks whose teams own what the viewer or their teams own, or what
 * they starred, and who is on duty at each now.
 */
export function useDesksIUse() {
  const identityApi = useApi(identityApiRef);
  const catalogApi = useApi(catalogApiRef);
  const zooportApi = useApi(zooportApiRef);
  const { starredEntities } = useStarredEntities();
  // The starred set is a new object on every change: depend on its content.
  const starredRefs = [...starredEntities].sort().join(' ');
  return useAsyncRetry(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const [desks, owned, starred] = await Promise.all([
      zooportApi.getZoo(),
      catalogApi.getEntities({
        filter: { 'relations.ownedBy': ownershipEntityRefs },
        fields,
      }),
      entitiesByRefs(catalogApi, starredRefs ? starredRefs.split(' ') : []),
    ]);
    return desksIUse(desks, owned.items, starred);
  }, [identityApi, catalogApi, zooportApi, starredRefs]);
}
