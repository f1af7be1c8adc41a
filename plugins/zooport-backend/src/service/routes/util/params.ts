import { makeValidator } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { revisionNumber } from './revisionNumber';

const entityNames = makeValidator();

/** The entity of `kind` named by `:namespace/:name` in the path, as a ref. */
function entityRefFrom(
  req: Request,
  kind: 'group' | 'user',
  params = { namespace: 'namespace', name: 'name' },
): string {
  const namespace = req.params[params.namespace];
  const name = req.params[params.name];
  if (!entityNames.isValidNamespace(namespace)) {
    throw new InputError(
      `${params.namespace}: ${namespace} is not a valid namespace`,
    );
  }
  if (!entityNames.isValidEntityName(name)) {
    throw new InputError(`${params.name}: ${name} is not a valid entity name`);
  }
  return `${kind}:${namespace.toLocaleLowerCase(
    'en-US',
  )}/${name.toLocaleLowerCase('en-US')}`;
}

/** The team named by `:namespace/:name` in the path, as a group entity ref. */
export function teamRefFrom(req: Request): string {
  return entityRefFrom(req, 'group');
}

/**
 * The person named by `:namespace/:name` in the path (or by the two
 * `params` named), as a user entity ref.
 */
export function userRefFrom(
  req: Request,
  params?: { namespace: string; name: string },
): string {
  return entityRefFrom(req, 'user', params);
}

const uuidPattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An id in the path (`:id`), which is a UUID; 400 for anything else. */
export function idFrom(req: Request, param = 'id'): string {
  const id = req.params[param];
  if (!uuidPattern.test(id)) {
    throw new InputError(`${param}: ${id} is not an id of this API`);
  }
  return id;
}

/** A revision in the path (`:revision`), a whole number from 1; 400 otherwise. */
export function revisionParamFrom(req: Request): number {
  const revision = revisionNumber(req.params.revision);
  if (revision === undefined) {
    throw new InputError(`revision: ${req.params.revision} is not a revision`);
  }
  return revision;
}
