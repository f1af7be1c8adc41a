import { parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  RequestType,
  RequestTypeInput,
  requestFieldValue,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { RequestTypeStore } from '../database/RequestTypeStore';
import { defaultRequestTypes } from './defaultRequestTypes';
import { DeskService } from './DeskService';

/** Who gives a desk its first request types. */
const INITIAL_TYPES_AUTHOR = 'zooport';

/** The request types of each desk, and what a request of a type must carry. */
export class RequestTypeService {
  constructor(
    private readonly types: RequestTypeStore,
    private readonly desks: DeskService,
  ) {}

  /** A desk's types; a desk that never had any starts with the default set. */
  async listTypes(teamRef: string, now: DateTime): Promise<RequestType[]> {
    await this.desks.getDesk(teamRef);
    await this.types.addInitialTypes(
      teamRef,
      defaultRequestTypes,
      INITIAL_TYPES_AUTHOR,
      now,
    );
    return this.types.listTypes(teamRef);
  }

  async createType(
    teamRef: string,
    input: RequestTypeInput,
    by: string,
    now: DateTime,
  ): Promise<RequestType> {
    await this.listTypes(teamRef, now);
    return this.types.createType(teamRef, input, by, now);
  }

  async updateType(
    options: Parameters<RequestTypeStore['updateType']>[0],
  ): Promise<RequestType> {
    await this.desks.getDesk(options.teamRef);
    return this.types.updateType(options);
  }

  /** Types are archived, never deleted: their requests keep pointing at them. */
  async archiveType(teamRef: string, id: string, by: string, now: DateTime) {
    const type = await this.types.getType(teamRef, id);
    return this.types.updateType({
      teamRef,
      id,
      input: type,
      archived: true,
      by,
      now,
    });
  }

  /**
   * The type a new request names; 400 if the desk does not offer it. One
   * read: a type id comes from the desk's list, which made its types.
   */
  async typeForNewRequest(
    teamRef: string,
    typeId: string,
  ): Promise<RequestType> {
    const type = await this.types.findType(teamRef, typeId);
    if (!type) {
      throw new InputError(
        `typeId: ${typeId} is not a request type of ${teamRef}`,
      );
    }
    if (type.archived) {
      throw new InputError(`typeId: ${type.name} takes no new requests`);
    }
    return type;
  }

  /** The first open type of a desk, for requests redirected to it. */
  async defaultTypeOf(teamRef: string, now: DateTime): Promise<RequestType> {
    const type = (await this.listTypes(teamRef, now)).find(t => !t.archived);
    if (!type) {
      throw new NotFoundError(`${teamRef} takes no requests`);
    }
    return type;
  }
}

/**
 * The extra fields of a request, checked against its type: known keys,
 * required ones present, choices from the list, entity refs well formed.
 */
export function checkRequestFields(
  type: RequestType,
  fields: Record<string, string>,
): Record<string, string> {
  const problems: string[] = [];
  const known = new Map(type.fields.map(field => [field.key, field]));
  for (const key of Object.keys(fields)) {
    if (!known.has(key)) {
      problems.push(`fields.${key}: ${type.name} has no such field`);
    }
  }
  const checked: [string, string][] = [];
  for (const field of type.fields) {
    const value = requestFieldValue(fields, field.key)?.trim() ?? '';
    if (!value) {
      if (field.required) {
        problems.push(`fields.${field.key}: ${field.label} is required`);
      }
      continue;
    }
    if (field.kind === 'select' && !field.options?.includes(value)) {
      problems.push(
        `fields.${field.key}: must be one of ${field.options?.join(', ')}`,
      );
    }
    if (field.kind === 'entity') {
      try {
        parseEntityRef(value, { defaultNamespace: 'default' });
      } catch {
        problems.push(`fields.${field.key}: ${value} is not an entity ref`);
      }
    }
    checked.push([field.key, value]);
  }
  if (problems.length > 0) {
    throw new InputError(problems.join('; '));
  }
  // Built from entries, so every key is an own property of the record.
  return Object.fromEntries(checked);
}
