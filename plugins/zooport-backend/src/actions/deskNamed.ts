import {
  CompoundEntityRef,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { Desk, desksCalled } from '@zooport/plugin-zooport-common';
import { DeskLookup } from './types';

/** A desk, and the entity it was found through when it was named by one. */
export interface NamedDesk {
  desk: Desk;
  /** The entity `who` named, whose owner's desk this is. */
  ownedEntityRef?: string;
}

const kindOf = (ref: CompoundEntityRef) => ref.kind.toLocaleLowerCase('en-US');

function refIn(who: string): CompoundEntityRef {
  try {
    return parseEntityRef(who, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(`${who} is neither a desk nor an entity ref`);
  }
}

/** How many desks an error lists, so that a large zoo stays readable. */
const LISTED_DESKS = 20;

const deskList = (desks: Desk[]) =>
  desks
    .slice(0, LISTED_DESKS)
    .map(d => `${d.animal.name} (${d.teamRef})`)
    .concat(desks.length > LISTED_DESKS ? ['…'] : [])
    .join(', ');

/** The desk of the group that owns `ref`, read as the caller. */
async function deskOfOwner(
  ref: CompoundEntityRef,
  { desks, catalog, credentials }: DeskLookup,
): Promise<NamedDesk> {
  const entityRef = stringifyEntityRef(ref);
  const entity = await catalog.getEntityByRef(entityRef, { credentials });
  if (!entity) {
    throw new NotFoundError(`No ${entityRef} in the catalog`);
  }
  const owner = entity.relations?.find(
    r => r.type === RELATION_OWNED_BY,
  )?.targetRef;
  if (!owner) {
    throw new NotFoundError(`${entityRef} has no owner in the catalog`);
  }
  if (kindOf(parseEntityRef(owner)) !== 'group') {
    throw new NotFoundError(
      `${entityRef} is owned by ${owner}, not by a team with a support desk`,
    );
  }
  return { desk: await desks.getDesk(owner), ownedEntityRef: entityRef };
}

/**
 * The desk `who` names, as people name it to an assistant: a team by its
 * ref or name, a desk by its animal (any case; spaces or dashes), or any
 * other catalog entity (`component:default/vault`) by the team that owns
 * it. A team's own name wins over an animal's. The catalog is read with
 * the caller's credentials, so it shows them what it would show them.
 */
export async function deskNamed(
  who: string,
  lookup: DeskLookup,
): Promise<NamedDesk> {
  const ref = refIn(who);
  if (kindOf(ref) !== 'group') {
    return deskOfOwner(ref, lookup);
  }
  const desks = await lookup.desks.listDesks();
  const named = desksCalled(desks, who);
  if (named.length === 1) {
    return { desk: named[0] };
  }
  if (named.length === 0) {
    throw new NotFoundError(
      `No support desk is called ${who}; the desks are ${deskList(desks)}`,
    );
  }
  throw new ConflictError(
    `${who} names several desks, ${deskList(named)}: name the team instead`,
  );
}
