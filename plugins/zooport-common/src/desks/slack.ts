/**
 * A desk's Slack user group (its chat handle, e.g. `@dba-oncall`), which
 * Zooport keeps set to the people on duty.
 */

/**
 * The shape of a Slack user group id, e.g. `S0614TZR7`.
 *
 * @public
 */
export const SLACK_USER_GROUP_ID_PATTERN = /^S[A-Z0-9]{2,20}$/;

/** @public */
export interface SlackUserGroup {
  /** The user group's id, e.g. `S0614TZR7`. */
  id: string;
  /** Its handle without the `@`, e.g. `dba-oncall`, only for display. */
  handle?: string;
}

/**
 * Where the sync of a desk's user group stands:
 * - `pending`: the people on duty changed; the group is set on the next run;
 * - `synced`: the group holds the people on duty (less those `skipped`);
 * - `failed`: the last attempt failed; it is tried again at `nextAttemptAt`;
 * - `kept`: nobody on duty could be set (nobody is on duty, or nobody on
 *   duty has a Slack account); Slack refuses an empty group, so it keeps
 *   its last members.
 *
 * @public
 */
export type SlackUserGroupSyncState = 'pending' | 'synced' | 'failed' | 'kept';

/**
 * The last outcome of setting a desk's user group to the people on duty.
 *
 * @public
 */
export interface SlackUserGroupSync {
  state: SlackUserGroupSyncState;
  userGroupId: string;
  /** The people on duty the group is to hold, as user refs. */
  onDuty: string[];
  /** Who the group was last set to, as user refs; empty before the first sync. */
  members: string[];
  /** When the group was last set; null before the first sync. */
  syncedAt: string | null;
  /**
   * People on duty left out of the group: no e-mail in the catalog, or no
   * Slack account with that e-mail.
   */
  skipped: string[];
  /** Why the last attempt failed; null when it did not. */
  error: string | null;
  /** When the next attempt is due; null when none is. */
  nextAttemptAt: string | null;
}

/**
 * What the answer for one desk (`GET /desks/:namespace/:name`) carries when
 * the backend syncs Slack user groups (`zooport.slack` is configured).
 *
 * @public
 */
export interface DeskSlack {
  /** The sync of the desk's user group; null before the first or without a group. */
  sync: SlackUserGroupSync | null;
}
