import { ConflictError, NotFoundError } from '@backstage/errors';
import { RequestType, RequestTypeInput } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { PreconditionFailedError } from '../errors';
import { isUniqueViolation, toStoredInstant } from './util';

interface RequestTypeRow {
  id: string;
  team_ref: string;
  name: string;
  spec: string;
  position: number;
  archived: boolean | number;
  revision: number;
  updated_by: string;
  updated_at: string;
}

type RequestTypeSpec = Omit<RequestTypeInput, 'name'>;

function toRequestType(row: RequestTypeRow): RequestType {
  const { name, ...rest } = { name: row.name, ...JSON.parse(row.spec) };
  return {
    id: row.id,
    teamRef: row.team_ref,
    name,
    ...(rest as RequestTypeSpec),
    archived: Boolean(row.archived),
    revision: row.revision,
  };
}

function specOf(input: RequestTypeInput): string {
  const { name: _name, ...spec } = input;
  return JSON.stringify(spec);
}

/** The request types each desk offers. */
export class RequestTypeStore {
  constructor(private readonly db: Knex) {}

  async listTypes(teamRef: string): Promise<RequestType[]> {
    const rows = await this.db<RequestTypeRow>('request_types')
      .where({ team_ref: teamRef })
      .orderBy(['position', 'name']);
    return rows.map(toRequestType);
  }

  async getType(teamRef: string, id: string): Promise<RequestType> {
    const type = await this.findType(teamRef, id);
    if (!type) {
      throw new NotFoundError(`No request type ${id} on the desk ${teamRef}`);
    }
    return type;
  }

  async findType(
    teamRef: string,
    id: string,
  ): Promise<RequestType | undefined> {
    const row = await this.db<RequestTypeRow>('request_types')
      .where({ team_ref: teamRef, id })
      .first();
    return row && toRequestType(row);
  }

  /** Gives a desk that has never had types the given set; else does nothing. */
  async addInitialTypes(
    teamRef: string,
    types: RequestTypeInput[],
    by: string,
    now: DateTime,
  ): Promise<void> {
    const existing = await this.db<RequestTypeRow>('request_types')
      .where({ team_ref: teamRef })
      .first('id');
    if (existing) {
      return;
    }
    await this.db<RequestTypeRow>('request_types')
      .insert(
        types.map((type, position) =>
          this.rowOf(teamRef, type, position, by, now),
        ),
      )
      .onConflict(['team_ref', 'name'])
      .ignore();
  }

  async createType(
    teamRef: string,
    input: RequestTypeInput,
    by: string,
    now: DateTime,
  ): Promise<RequestType> {
    const last = await this.db<RequestTypeRow>('request_types')
      .where({ team_ref: teamRef })
      .max({ position: 'position' })
      .first();
    const row = this.rowOf(teamRef, input, (last?.position ?? -1) + 1, by, now);
    try {
      await this.db<RequestTypeRow>('request_types').insert(row);
    } catch (error) {
      throw this.nameTaken(error, teamRef, input.name);
    }
    return toRequestType(row);
  }

  /**
   * Replaces a type; `expectedRevision` guards against lost updates.
   * Without it the last writer wins.
   */
  async updateType(options: {
    teamRef: string;
    id: string;
    input: RequestTypeInput;
    archived?: boolean;
    expectedRevision?: number;
    by: string;
    now: DateTime;
  }): Promise<RequestType> {
    const { teamRef, id, input, archived, expectedRevision, by, now } = options;
    const changes = {
      name: input.name,
      spec: specOf(input),
      ...(archived === undefined ? {} : { archived }),
      updated_by: by,
      updated_at: toStoredInstant(now),
    };
    if (expectedRevision === undefined) {
      return this.db.transaction(async trx => {
        let updated: number;
        try {
          // The revision is bumped in the database, so concurrent writers
          // all land instead of racing on a revision read before.
          updated = await trx<RequestTypeRow>('request_types')
            .where({ team_ref: teamRef, id })
            .update({ ...changes, revision: trx.raw('revision + 1') as any });
        } catch (error) {
          throw this.nameTaken(error, teamRef, input.name);
        }
        if (updated !== 1) {
          throw new NotFoundError(
            `No request type ${id} on the desk ${teamRef}`,
          );
        }
        const row = await trx<RequestTypeRow>('request_types')
          .where({ id })
          .first();
        return toRequestType(row!);
      });
    }
    const current = await this.getType(teamRef, id);
    if (expectedRevision !== current.revision) {
      throw new PreconditionFailedError(
        `The request type ${input.name} has changed since revision ${expectedRevision}; it is at revision ${current.revision}`,
      );
    }
    const revision = current.revision + 1;
    let updated: number;
    try {
      updated = await this.db<RequestTypeRow>('request_types')
        .where({ id, revision: current.revision })
        .update({ ...changes, revision });
    } catch (error) {
      throw this.nameTaken(error, teamRef, input.name);
    }
    if (updated !== 1) {
      throw new PreconditionFailedError(
        `The request type ${input.name} was changed by someone else meanwhile`,
      );
    }
    return {
      ...current,
      ...input,
      archived: archived ?? current.archived,
      revision,
    };
  }

  private rowOf(
    teamRef: string,
    input: RequestTypeInput,
    position: number,
    by: string,
    now: DateTime,
  ): RequestTypeRow {
    return {
      id: randomUUID(),
      team_ref: teamRef,
      name: input.name,
      spec: specOf(input),
      position,
      archived: false,
      revision: 1,
      updated_by: by,
      updated_at: toStoredInstant(now),
    };
  }

  private nameTaken(error: unknown, teamRef: string, name: string) {
    return isUniqueViolation(error)
      ? new ConflictError(
          `name: the desk ${teamRef} already has a request type called ${name}`,
        )
      : error;
  }
}
