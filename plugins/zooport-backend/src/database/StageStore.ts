import {
  PersonReadiness,
  ReadinessStage,
  StageChange,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { toStoredInstant } from './util';

interface StageRow {
  id: number;
  team_ref: string;
  user_ref: string;
  stage: ReadinessStage;
  changed_by: string;
  changed_at: string;
}

/** A staged person's current stage at one desk. */
export type CurrentStage = PersonReadiness & { teamRef: string };

const changeOf = (row: StageRow): StageChange => ({
  stage: row.stage,
  changedBy: row.changed_by,
  changedAt: row.changed_at,
});

/** The latest change of each person, by team and person, from rows in order. */
function current(rows: StageRow[]): CurrentStage[] {
  const latest = new Map<string, StageRow>();
  for (const row of rows) {
    latest.set(`${row.team_ref}|${row.user_ref}`, row);
  }
  return [...latest.values()].map(row => ({
    teamRef: row.team_ref,
    userRef: row.user_ref,
    stage: row.stage,
    staged: true,
    since: changeOf(row).changedAt,
    changedBy: row.changed_by,
  }));
}

/**
 * Every change of a person's readiness stage at a desk, kept: the latest
 * is their stage.
 */
export class StageStore {
  constructor(private readonly db: Knex) {}

  async setStage(options: {
    teamRef: string;
    userRef: string;
    stage: ReadinessStage;
    changedBy: string;
    now: DateTime;
  }): Promise<void> {
    await this.db('readiness_stages').insert({
      team_ref: options.teamRef,
      user_ref: options.userRef,
      stage: options.stage,
      changed_by: options.changedBy,
      changed_at: toStoredInstant(options.now),
    });
  }

  /** The staged people of a desk and their current stages. */
  async stagesAt(teamRef: string): Promise<CurrentStage[]> {
    return current(
      await this.db<StageRow>('readiness_stages')
        .where({ team_ref: teamRef })
        .orderBy('id'),
    );
  }

  /** A person's current stage at each desk that staged them. */
  async stagesOf(userRef: string): Promise<CurrentStage[]> {
    return current(
      await this.db<StageRow>('readiness_stages')
        .where({ user_ref: userRef })
        .orderBy('id'),
    );
  }

  /** A person's changes at a desk, oldest first. */
  async history(teamRef: string, userRef: string): Promise<StageChange[]> {
    const rows = await this.db<StageRow>('readiness_stages')
      .where({ team_ref: teamRef, user_ref: userRef })
      .orderBy('id');
    return rows.map(changeOf);
  }
}
