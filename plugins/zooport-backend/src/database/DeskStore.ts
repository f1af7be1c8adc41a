import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Desk,
  DeskInput,
  OverrideInput,
  RotationOverride,
  RotationSpec,
  StoredOverride,
} from '@zooport/plugin-zooport-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { PreconditionFailedError } from '../errors';
import { DeskReadCache } from './DeskReadCache';
import { rewindRecordForWrite } from './DutyRecordStore';
import { DeskWithOverrides } from './types';
import { isUniqueViolation, toStoredInstant } from './util';

interface DeskRow {
  team_ref: string;
  profile: string;
  rotation: string | null;
  revision: number;
  updated_by: string;
  updated_at: string;
}

interface OverrideRow {
  id: string;
  team_ref: string;
  kind: RotationOverride['kind'];
  user_ref: string;
  replacement_ref: string | null;
  starts_at: string;
  ends_at: string;
  reason: string | null;
  created_by: string;
  created_at: string;
}

const overrideColumns: (keyof OverrideRow)[] = [
  'id',
  'team_ref',
  'kind',
  'user_ref',
  'replacement_ref',
  'starts_at',
  'ends_at',
  'reason',
  'created_by',
  'created_at',
];

type DeskProfile = Omit<DeskInput, 'rotation'>;

/** A create-or-replace of one desk. */
export interface PutDeskRequest {
  teamRef: string;
  input: DeskInput;
  /**
   * The revision the writer last saw; 0 = the desk must not exist yet;
   * `any` = whichever revision is stored, but one must be (`If-Match: *`).
   */
  expectedRevision?: number | 'any';
  updatedBy: string;
  now: DateTime;
}

export interface PutDeskResult {
  desk: Desk;
  created: boolean;
}

function toDesk(row: DeskRow): Desk {
  const profile = JSON.parse(row.profile) as DeskProfile;
  return {
    teamRef: row.team_ref,
    ...profile,
    links: profile.links ?? [],
    rotation: row.rotation ? (JSON.parse(row.rotation) as RotationSpec) : null,
    revision: row.revision,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

function toOverride(row: OverrideRow): StoredOverride {
  return {
    id: row.id,
    teamRef: row.team_ref,
    kind: row.kind,
    userRef: row.user_ref,
    replacementRef: row.replacement_ref,
    start: row.starts_at,
    end: row.ends_at,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

/**
 * Keeps a desk's revision as written, in the transaction that wrote it:
 * the record of duty reads which rotation was in force when from these.
 */
async function keepRevision(trx: Knex.Transaction, row: DeskRow) {
  await trx('desk_revisions').insert({
    team_ref: row.team_ref,
    revision: row.revision,
    profile: row.profile,
    rotation: row.rotation,
    written_by: row.updated_by,
    written_at: row.updated_at,
  });
  await rewindRecordForWrite(
    trx,
    row.team_ref,
    DateTime.fromISO(row.updated_at),
  );
}

/**
 * An override refused because the same person already has one that
 * overlaps it: who, and the stretch of the one they have (stored instants).
 */
export class OverrideClash extends ConflictError {
  constructor(
    readonly userRef: string,
    readonly existing: { start: string; end: string },
  ) {
    super(
      `${userRef} already has an override from ${existing.start} to ${existing.end}`,
    );
  }
}

/** Support desks and rotation overrides in the plugin's database. */
export class DeskStore {
  constructor(
    private readonly db: Knex,
    /** Keeps on-duty reads; every write here renews the desk's generation. */
    private readonly readCache?: DeskReadCache,
  ) {}

  /** The desks as last read, and the state of the table they were read at. */
  private listed?: { state: string; desks: Desk[] };

  /**
   * Every stored desk. The desks are read and parsed again only when one
   * was written since the last read: desks are never removed and every
   * write raises a revision, so the number of desks and the sum of their
   * revisions change with each write, on this replica or any other. The
   * desks returned are shared between callers, who must not change them.
   */
  async listDesks(): Promise<Desk[]> {
    const counted = await this.db('desks')
      .count({ desks: '*' })
      .sum({ revisions: 'revision' })
      .first();
    const state = `${counted?.desks}:${counted?.revisions}`;
    if (this.listed?.state !== state) {
      const rows = await this.db<DeskRow>('desks').orderBy('team_ref');
      this.listed = { state, desks: rows.map(toDesk) };
    }
    return this.listed.desks;
  }

  /**
   * When each stored desk (the one of `teamRef`, when given) was first
   * saved: its first revision's time.
   */
  async firstSavedAt(teamRef?: string): Promise<Map<string, string>> {
    const query = this.db('desk_revisions')
      .groupBy('team_ref')
      .select('team_ref')
      .min({ first: 'written_at' });
    if (teamRef) {
      query.where({ team_ref: teamRef });
    }
    const rows: Record<string, string>[] = await query;
    return new Map(rows.map(row => [row.team_ref, row.first]));
  }

  async getDesk(teamRef: string): Promise<Desk | undefined> {
    const row = await this.db<DeskRow>('desks')
      .where({ team_ref: teamRef })
      .first();
    return row && toDesk(row);
  }

  /**
   * A stored desk and its overrides that had not ended at `at`, for who is
   * on duty, which is asked more than anything else. From the read cache
   * unless `at` is before `now`: a read at `now` holds every override that
   * matters at any later instant.
   */
  async getDeskForOnDuty(
    teamRef: string,
    at: DateTime,
    now: DateTime,
  ): Promise<DeskWithOverrides | undefined> {
    if (!this.readCache || at < now) {
      return this.getDeskWithOverrides(teamRef, at);
    }
    return this.readCache.readThrough('desk', teamRef, () =>
      this.getDeskWithOverrides(teamRef, now),
    );
  }

  /** A stored desk and its overrides that end after `after`, in one round trip. */
  async getDeskWithOverrides(
    teamRef: string,
    after: DateTime,
  ): Promise<DeskWithOverrides | undefined> {
    const rows: (DeskRow & Partial<Record<`o_${keyof OverrideRow}`, any>>)[] =
      await this.db('desks')
        .leftJoin('overrides', join =>
          join
            .on('overrides.team_ref', '=', 'desks.team_ref')
            .andOn(
              'overrides.ends_at',
              '>',
              this.db.raw('?', [toStoredInstant(after)]),
            )
            .andOnNull('overrides.deleted_at'),
        )
        .where('desks.team_ref', teamRef)
        .orderBy('overrides.starts_at')
        .select(
          'desks.*',
          ...overrideColumns.map(column => ({
            [`o_${column}`]: `overrides.${column}`,
          })),
        );
    if (rows.length === 0) {
      return undefined;
    }
    const overrides = rows
      .filter(row => row.o_id)
      .map(row =>
        toOverride(
          Object.fromEntries(
            overrideColumns.map(column => [column, row[`o_${column}`]]),
          ) as OverrideRow,
        ),
      );
    return { desk: toDesk(rows[0]), overrides };
  }

  /**
   * Creates or replaces a desk. `expectedRevision` guards against lost
   * updates: the write only lands if the stored revision still matches
   * (0 = the desk must not exist yet). Without it, or with `any`, the last
   * writer wins.
   */
  async putDesk(options: PutDeskRequest): Promise<PutDeskResult> {
    const { teamRef, input, expectedRevision, updatedBy, now } = options;
    if (expectedRevision === undefined || expectedRevision === 'any') {
      return this.overwriteDesk(options);
    }
    const { rotation, ...profile } = input;
    const current = await this.getDesk(teamRef);
    const currentRevision = current?.revision ?? 0;
    if (expectedRevision !== currentRevision) {
      throw new PreconditionFailedError(
        `The desk ${teamRef} has changed since revision ${expectedRevision}; it is at revision ${currentRevision}`,
      );
    }
    const row: DeskRow = {
      team_ref: teamRef,
      profile: JSON.stringify(profile),
      rotation: rotation ? JSON.stringify(rotation) : null,
      revision: currentRevision + 1,
      updated_by: updatedBy,
      updated_at: toStoredInstant(now),
    };
    const created = !current;
    await this.db.transaction(async trx => {
      if (created) {
        try {
          await trx<DeskRow>('desks').insert(row);
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw new PreconditionFailedError(
              `The desk ${teamRef} was created by someone else meanwhile`,
            );
          }
          throw error;
        }
      } else {
        const updated = await trx<DeskRow>('desks')
          .where({ team_ref: teamRef, revision: currentRevision })
          .update(row);
        if (updated !== 1) {
          throw new PreconditionFailedError(
            `The desk ${teamRef} was changed by someone else meanwhile`,
          );
        }
      }
      await keepRevision(trx, row);
    });
    await this.readCache?.renew(teamRef);
    return { desk: toDesk(row), created };
  }

  /**
   * A write without If-Match: one upsert that bumps the stored revision in
   * the database, so concurrent writers all land, one after the other,
   * instead of racing on a revision they read before. With `If-Match: *`
   * the same, as an update of the stored desk (412 when there is none).
   */
  private async overwriteDesk(options: PutDeskRequest): Promise<PutDeskResult> {
    const { teamRef, input, updatedBy, now } = options;
    const { rotation, ...profile } = input;
    const fields = {
      profile: JSON.stringify(profile),
      rotation: rotation ? JSON.stringify(rotation) : null,
      updated_by: updatedBy,
      updated_at: toStoredInstant(now),
    };
    const written = await this.db.transaction(async trx => {
      const bumped = {
        ...fields,
        revision: trx.raw('?? + 1', ['desks.revision']),
      };
      if (options.expectedRevision === 'any') {
        const updated = await trx<DeskRow>('desks')
          .where({ team_ref: teamRef })
          .update(bumped);
        if (updated !== 1) {
          throw new PreconditionFailedError(
            `The desk ${teamRef} does not exist yet`,
          );
        }
      } else {
        await trx<DeskRow>('desks')
          .insert({ team_ref: teamRef, ...fields, revision: 1 })
          .onConflict('team_ref')
          .merge(bumped);
      }
      // The upsert holds the row until commit, so this reads its own write.
      const row = (await trx<DeskRow>('desks')
        .where({ team_ref: teamRef })
        .first())!;
      await keepRevision(trx, row);
      return row;
    });
    await this.readCache?.renew(teamRef);
    return { desk: toDesk(written), created: written.revision === 1 };
  }

  /** Overrides of the given desks (all desks if omitted) that end after `after`. */
  async listOverrides(options: {
    teamRefs?: string[];
    after: DateTime;
    before?: DateTime;
  }): Promise<StoredOverride[]> {
    const query = this.db<OverrideRow>('overrides')
      .whereNull('deleted_at')
      .where('ends_at', '>', toStoredInstant(options.after))
      .orderBy(['team_ref', 'starts_at']);
    if (options.teamRefs) {
      query.whereIn('team_ref', options.teamRefs);
    }
    if (options.before) {
      query.where('starts_at', '<', toStoredInstant(options.before));
    }
    return (await query).map(toOverride);
  }

  /**
   * Adds an override unless the same person already has one that overlaps
   * it on this desk. Concurrent additions for one desk are serialised by
   * locking the desk row (SQLite serialises all writes anyway).
   */
  async addOverride(
    teamRef: string,
    override: OverrideInput,
    createdBy: string,
    now: DateTime,
  ): Promise<StoredOverride> {
    const added = await this.db.transaction(async trx => {
      const deskQuery = trx<DeskRow>('desks').where({ team_ref: teamRef });
      if (trx.client.config.client === 'pg') {
        deskQuery.forUpdate();
      }
      if (!(await deskQuery.first())) {
        throw new NotFoundError(`No support desk for ${teamRef}`);
      }
      const start = toStoredInstant(DateTime.fromISO(override.start));
      const end = toStoredInstant(DateTime.fromISO(override.end));
      const clash = await trx<OverrideRow>('overrides')
        .where({ team_ref: teamRef, user_ref: override.userRef })
        .whereNull('deleted_at')
        .where('starts_at', '<', end)
        .where('ends_at', '>', start)
        .first();
      if (clash) {
        throw new OverrideClash(override.userRef, {
          start: clash.starts_at,
          end: clash.ends_at,
        });
      }
      const row: OverrideRow = {
        id: randomUUID(),
        team_ref: teamRef,
        kind: override.kind,
        user_ref: override.userRef,
        replacement_ref: override.replacementRef ?? null,
        starts_at: start,
        ends_at: end,
        reason: override.reason ?? null,
        created_by: createdBy,
        created_at: toStoredInstant(now),
      };
      await trx<OverrideRow>('overrides').insert(row);
      await rewindRecordForWrite(trx, teamRef, now);
      return toOverride(row);
    });
    await this.readCache?.renew(teamRef);
    return added;
  }

  /**
   * Marks an override deleted at `now`: it no longer counts from then on,
   * but the record of duty still knows it was in force until then.
   */
  async deleteOverride(
    teamRef: string,
    id: string,
    now: DateTime,
  ): Promise<void> {
    await this.db.transaction(async trx => {
      const deleted = await trx('overrides')
        .where({ team_ref: teamRef, id })
        .whereNull('deleted_at')
        .update({ deleted_at: toStoredInstant(now) });
      if (deleted === 0) {
        throw new NotFoundError(`No override ${id} on the desk ${teamRef}`);
      }
      await rewindRecordForWrite(trx, teamRef, now);
    });
    await this.readCache?.renew(teamRef);
  }
}
