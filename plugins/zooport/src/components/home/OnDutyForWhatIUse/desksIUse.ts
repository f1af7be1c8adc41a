import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ZooDesk } from '@zooport/plugin-zooport-common';

/** A desk whose team owns something the viewer uses, and what. */
export interface DeskIUse {
  desk: ZooDesk;
  /** Entities the viewer or their teams own. */
  owned: string[];
  /** Entities the viewer starred. */
  starred: string[];
}

function ownersOf(entity: Entity): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === RELATION_OWNED_BY)
    .map(relation => relation.targetRef);
}

/**
 * The desks whose teams own the viewer's entities or the ones they starred,
 * once each: those owning the viewer's own entities first, each group in
 * the zoo's order.
 */
export function desksIUse(
  desks: ZooDesk[],
  owned: Entity[],
  starred: Entity[],
): DeskIUse[] {
  const entitiesOwnedBy = (teamRef: string, entities: Entity[]) =>
    entities
      .filter(entity => ownersOf(entity).includes(teamRef))
      .map(entity => stringifyEntityRef(entity));
  return desks
    .map(desk => ({
      desk,
      owned: entitiesOwnedBy(desk.teamRef, owned),
      starred: entitiesOwnedBy(desk.teamRef, starred),
    }))
    .filter(use => use.owned.length > 0 || use.starred.length > 0)
    .sort((a, b) => Number(b.owned.length > 0) - Number(a.owned.length > 0));
}
