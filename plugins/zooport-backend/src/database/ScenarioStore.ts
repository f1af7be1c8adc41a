import { NotFoundError } from '@backstage/errors';
import {
  Scenario,
  ScenarioInput,
  ScenarioVersion,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { PreconditionFailedError } from '../errors';
import { toStoredInstant } from './util';

interface ScenarioRow {
  id: string;
  team_ref: string;
  title: string;
  difficulty: string;
  draft: boolean | number;
  content: string;
  source_request_id: string | null;
  author_ref: string;
  created_at: string;
  updated_at: string;
  revision: number;
  deleted_at: string | null;
}

/** What the `content` column holds: the input but its own columns. */
type ScenarioContent = Omit<ScenarioInput, 'title' | 'difficulty' | 'draft'>;

function columnsOf(input: ScenarioInput) {
  const { title, difficulty, draft, ...content } = input;
  return { title, difficulty, draft, content: JSON.stringify(content) };
}

function toScenario(row: ScenarioRow): Scenario {
  const content = JSON.parse(row.content) as ScenarioContent;
  return {
    id: row.id,
    teamRef: row.team_ref,
    title: row.title,
    ...content,
    difficulty: row.difficulty as Scenario['difficulty'],
    draft: Boolean(row.draft),
    sourceRequestId: row.source_request_id,
    authorRef: row.author_ref,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function toVersion(row: {
  scenario_id: string;
  revision: number;
  author_ref: string;
  at: string;
  content: string;
}): ScenarioVersion {
  return {
    scenarioId: row.scenario_id,
    revision: row.revision,
    authorRef: row.author_ref,
    at: row.at,
    content: JSON.parse(row.content),
  };
}

/** A desk's scenario deck and every saved version of its scenarios. */
export class ScenarioStore {
  constructor(private readonly db: Knex) {}

  private live() {
    return this.db<ScenarioRow>('readiness_scenarios').whereNull('deleted_at');
  }

  /** A scenario of the desk; 404 for one of another desk or deleted. */
  async getScenario(teamRef: string, id: string): Promise<Scenario> {
    const row = await this.live().where({ id, team_ref: teamRef }).first();
    if (!row) {
      throw new NotFoundError(`No scenario ${id} in the deck of ${teamRef}`);
    }
    return toScenario(row);
  }

  /** The desk's scenarios by title, drafts included. */
  async listScenarios(teamRef: string): Promise<Scenario[]> {
    const rows = await this.live()
      .where({ team_ref: teamRef })
      .orderBy([{ column: 'title' }, { column: 'id' }]);
    return rows.map(toScenario);
  }

  /** Scenarios by id, deleted ones too: turns keep the cards they drew. */
  async getScenarios(ids: string[]): Promise<Scenario[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.db<ScenarioRow>('readiness_scenarios').whereIn(
      'id',
      [...new Set(ids)],
    );
    return rows.map(toScenario);
  }

  async createScenario(options: {
    teamRef: string;
    input: ScenarioInput;
    sourceRequestId?: string;
    authorRef: string;
    now: DateTime;
  }): Promise<Scenario> {
    const { teamRef, input, authorRef } = options;
    const id = randomUUID();
    const at = toStoredInstant(options.now);
    await this.db.transaction(async trx => {
      await trx<ScenarioRow>('readiness_scenarios').insert({
        id,
        team_ref: teamRef,
        ...columnsOf(input),
        source_request_id: options.sourceRequestId ?? null,
        author_ref: authorRef,
        created_at: at,
        updated_at: at,
        revision: 1,
        deleted_at: null,
      });
      await addVersion(trx, { id, revision: 1, input, authorRef, at });
    });
    return this.getScenario(teamRef, id);
  }

  /**
   * Saves a new version, if the scenario is still at `expectedRevision`
   * (when given; without it the last writer wins): 412 otherwise, and
   * nothing is written.
   */
  async updateScenario(options: {
    teamRef: string;
    id: string;
    input: ScenarioInput;
    expectedRevision?: number;
    authorRef: string;
    now: DateTime;
  }): Promise<Scenario> {
    const { teamRef, id, input, expectedRevision, authorRef } = options;
    const at = toStoredInstant(options.now);
    await this.db.transaction(async trx => {
      const current = trx<ScenarioRow>('readiness_scenarios')
        .where({ id, team_ref: teamRef })
        .whereNull('deleted_at')
        .first('revision');
      if (trx.client.config.client === 'pg') {
        // Saves of one scenario land in turn (SQLite serialises all writes).
        current.forUpdate();
      }
      const row = await current;
      if (!row) {
        throw new NotFoundError(`No scenario ${id} in the deck of ${teamRef}`);
      }
      if (expectedRevision !== undefined && expectedRevision !== row.revision) {
        throw new PreconditionFailedError(
          `The scenario has changed since revision ${expectedRevision}; it is at revision ${row.revision}`,
        );
      }
      const revision = row.revision + 1;
      const updated = await trx<ScenarioRow>('readiness_scenarios')
        .where({ id, revision: row.revision })
        .update({ ...columnsOf(input), updated_at: at, revision });
      if (updated !== 1) {
        throw new PreconditionFailedError(
          'The scenario was changed by someone else meanwhile',
        );
      }
      await addVersion(trx, { id, revision, input, authorRef, at });
    });
    return this.getScenario(teamRef, id);
  }

  /** Takes the scenario out of the deck; its versions and turns stay. */
  async deleteScenario(teamRef: string, id: string, now: DateTime) {
    const deleted = await this.live()
      .where({ id, team_ref: teamRef })
      .update({ deleted_at: toStoredInstant(now) });
    if (deleted !== 1) {
      throw new NotFoundError(`No scenario ${id} in the deck of ${teamRef}`);
    }
  }

  async listVersions(id: string): Promise<ScenarioVersion[]> {
    const rows = await this.db('readiness_scenario_versions')
      .where({ scenario_id: id })
      .orderBy('revision', 'desc');
    return rows.map(toVersion);
  }

  async getVersion(id: string, revision: number): Promise<ScenarioVersion> {
    const row = await this.db('readiness_scenario_versions')
      .where({ scenario_id: id, revision })
      .first();
    if (!row) {
      throw new NotFoundError(`The scenario ${id} has no revision ${revision}`);
    }
    return toVersion(row);
  }
}

async function addVersion(
  trx: Knex.Transaction,
  version: {
    id: string;
    revision: number;
    input: ScenarioInput;
    authorRef: string;
    at: string;
  },
) {
  await trx('readiness_scenario_versions').insert({
    scenario_id: version.id,
    revision: version.revision,
    content: JSON.stringify(version.input),
    author_ref: version.authorRef,
    at: version.at,
  });
}
