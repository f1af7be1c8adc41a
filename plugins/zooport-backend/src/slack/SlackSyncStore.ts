import {
  Desk,
  DeskSlack,
  SlackUserGroupSync,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { toStoredInstant } from '../database/util';

const TABLE = 'slack_user_group_syncs';

interface SyncRow {
  team_ref: string;
  user_group_id: string;
  on_duty: string;
  attempts: number;
  next_attempt_at: string | null;
  members: string;
  skipped: string;
  synced_at: string | null;
  last_error: string | null;
}

/** The sync of one desk's user group, as stored. */
export interface StoredSync {
  teamRef: string;
  userGroupId: string;
  /** The people on duty the group is to hold, sorted user refs. */
  onDuty: string[];
  attempts: number;
  nextAttemptAt: string | null;
  members: string[];
  skipped: string[];
  syncedAt: string | null;
  lastError: string | null;
}

/** An attempt taken by `claim`: the desk, and its attempts counted with it. */
export interface ClaimedAttempt {
  teamRef: string;
  attempts: number;
}

function toStoredSync(row: SyncRow): StoredSync {
  return {
    teamRef: row.team_ref,
    userGroupId: row.user_group_id,
    onDuty: JSON.parse(row.on_duty),
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    members: JSON.parse(row.members),
    skipped: JSON.parse(row.skipped),
    syncedAt: row.synced_at,
    lastError: row.last_error,
  };
}

/** The state the API shows, from what is stored. */
export function syncStateOf(sync: StoredSync): SlackUserGroupSync['state'] {
  if (sync.nextAttemptAt) {
    return sync.lastError ? 'failed' : 'pending';
  }
  return sync.onDuty.every(person => sync.skipped.includes(person))
    ? 'kept'
    : 'synced';
}

/**
 * Where the sync of each desk's Slack user group stands. A change of the
 * people on duty makes a desk's sync due; each attempt is claimed by
 * raising `attempts` before Slack is called, and its outcome is written
 * only while no later change reset them.
 */
export class SlackSyncStore {
  constructor(private readonly db: Knex) {}

  async all(): Promise<Map<string, StoredSync>> {
    const rows: SyncRow[] = await this.db(TABLE);
    return new Map(rows.map(row => [row.team_ref, toStoredSync(row)]));
  }

  /** Forgets the syncs of desks that no longer have a user group. */
  async forgetAllBut(teamRefs: string[]): Promise<void> {
    await this.db(TABLE).whereNotIn('team_ref', teamRefs).delete();
  }

  /** The group is to hold `onDuty` from now: due at once, attempts anew. */
  async want(
    teamRef: string,
    userGroupId: string,
    onDuty: string[],
    now: DateTime,
  ): Promise<void> {
    const wanted = {
      user_group_id: userGroupId,
      on_duty: JSON.stringify(onDuty),
      attempts: 0,
      next_attempt_at: toStoredInstant(now),
      last_error: null,
    };
    // Only a change starts anew: a run that noticed the same change a
    // moment later must not reset an attempt under way.
    await this.db(TABLE)
      .insert({ team_ref: teamRef, ...wanted, members: '[]', skipped: '[]' })
      .onConflict('team_ref')
      .merge(wanted)
      .where(builder =>
        builder
          .whereRaw('?? <> excluded.on_duty', [`${TABLE}.on_duty`])
          .orWhereRaw('?? <> excluded.user_group_id', [
            `${TABLE}.user_group_id`,
          ]),
      );
  }

  async due(now: DateTime): Promise<StoredSync[]> {
    const rows: SyncRow[] = await this.db(TABLE)
      .whereNotNull('next_attempt_at')
      .where('next_attempt_at', '<=', toStoredInstant(now))
      .orderBy('team_ref');
    return rows.map(toStoredSync);
  }

  /**
   * Takes a sync for one attempt, pushing its next one to `retryAt` first:
   * a run that dies retries then, and a parallel one skips it.
   */
  async claim(
    sync: StoredSync,
    retryAt: DateTime,
  ): Promise<ClaimedAttempt | undefined> {
    const attempts = sync.attempts + 1;
    const updated = await this.db(TABLE)
      .where({ team_ref: sync.teamRef, attempts: sync.attempts })
      .whereNotNull('next_attempt_at')
      .update({ attempts, next_attempt_at: toStoredInstant(retryAt) });
    return updated === 1 ? { teamRef: sync.teamRef, attempts } : undefined;
  }

  /** The group was set to `members`, or kept its own when none is given. */
  async done(
    attempt: ClaimedAttempt,
    outcome: { members?: string[]; skipped: string[] },
    now: DateTime,
  ): Promise<void> {
    await this.db(TABLE)
      .where({ team_ref: attempt.teamRef, attempts: attempt.attempts })
      .update({
        next_attempt_at: null,
        last_error: null,
        skipped: JSON.stringify(outcome.skipped),
        ...(outcome.members && {
          members: JSON.stringify(outcome.members),
          synced_at: toStoredInstant(now),
        }),
      });
  }

  async failed(
    attempt: ClaimedAttempt,
    error: string,
    retryAt: DateTime,
  ): Promise<void> {
    await this.db(TABLE)
      .where({ team_ref: attempt.teamRef, attempts: attempt.attempts })
      .update({
        last_error: error.slice(0, 2000),
        next_attempt_at: toStoredInstant(retryAt),
      });
  }

  /** What the desk's answer says of its user group's sync. */
  async deskSlack(desk: Desk): Promise<DeskSlack> {
    const userGroupId = desk.slackUserGroup?.id;
    const row: SyncRow | undefined = userGroupId
      ? await this.db(TABLE)
          .where({ team_ref: desk.teamRef, user_group_id: userGroupId })
          .first()
      : undefined;
    if (!row) {
      return { sync: null };
    }
    const sync = toStoredSync(row);
    return {
      sync: {
        state: syncStateOf(sync),
        userGroupId: sync.userGroupId,
        onDuty: sync.onDuty,
        members: sync.members,
        syncedAt: sync.syncedAt,
        skipped: sync.skipped,
        error: sync.lastError,
        nextAttemptAt: sync.nextAttemptAt,
      },
    };
  }
}
