import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { DeskService } from '../service/DeskService';
import { TeamDirectory } from '../service/TeamDirectory';
import { SlackApiError, SlackClient } from './SlackClient';
import { SlackSyncStore, StoredSync } from './SlackSyncStore';
import { SlackUserIds } from './SlackUserIds';

/** Minutes to wait after the 1st, 2nd, … failed attempt; then the last again. */
const RETRY_AFTER_MINUTES = [1, 5, 15, 60];

function retryAt(attempts: number, now: DateTime): DateTime {
  const minutes =
    RETRY_AFTER_MINUTES[Math.min(attempts, RETRY_AFTER_MINUTES.length - 1)];
  return now.plus({ minutes });
}

const sameList = (a: string[], b: string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Keeps each desk's Slack user group set to the people on duty there. Each
 * run notices the desks whose people on duty changed since the last (a
 * handoff, an override starting or ending, the fallback stepping in) and
 * sets their groups; a failed attempt is retried with growing waits. It
 * runs as its own scheduled task, so Slack never holds up a handoff.
 */
export class SlackUserGroupSync {
  private readonly userIds: SlackUserIds;

  constructor(
    private readonly deps: {
      slack: Pick<SlackClient, 'userIdByEmail' | 'setUserGroupUsers'>;
      syncs: SlackSyncStore;
      deskStore: DeskStore;
      desks: DeskService;
      teams: Pick<TeamDirectory, 'emailsOf'>;
      logger: LoggerService;
      now: () => DateTime;
    },
  ) {
    this.userIds = new SlackUserIds(deps.slack, deps.now);
  }

  async run(now: DateTime, signal?: AbortSignal): Promise<void> {
    await this.noticeChanges(now);
    for (const sync of await this.deps.syncs.due(now)) {
      if (signal?.aborted) {
        return;
      }
      await this.attempt(sync, now);
    }
  }

  /** Makes due the syncs of desks whose group or people on duty changed. */
  private async noticeChanges(now: DateTime) {
    const { syncs, deskStore, desks, logger } = this.deps;
    const withGroups = (await deskStore.listDesks()).filter(
      desk => desk.slackUserGroup,
    );
    await syncs.forgetAllBut(withGroups.map(desk => desk.teamRef));
    const stored = await syncs.all();
    for (const desk of withGroups) {
      try {
        const { onDuty } = await desks.onDuty(desk.teamRef, now);
        const people = [...new Set(onDuty.map(m => m.userRef))].sort();
        const userGroupId = desk.slackUserGroup!.id;
        const sync = stored.get(desk.teamRef);
        if (
          !sync ||
          sync.userGroupId !== userGroupId ||
          !sameList(sync.onDuty, people)
        ) {
          await syncs.want(desk.teamRef, userGroupId, people, now);
        }
      } catch (error) {
        // One desk's failure must not hold up the others' syncs.
        logger.warn(`Could not tell who is on duty at ${desk.teamRef}`, {
          error: String(error),
        });
      }
    }
  }

  private async attempt(sync: StoredSync, now: DateTime) {
    const { syncs, slack, logger } = this.deps;
    const claimed = await syncs.claim(sync, retryAt(sync.attempts, now));
    if (!claimed) {
      return;
    }
    try {
      const { found, skipped } = await this.slackUsersOf(sync.onDuty);
      if (skipped.length > 0) {
        logger.warn(
          `No Slack account found for ${skipped.join(', ')}, on duty at ${
            sync.teamRef
          }: left out of the user group ${sync.userGroupId}`,
        );
      }
      if (found.length === 0) {
        // Slack refuses an empty user group; it keeps its last members.
        await syncs.done(claimed, { skipped }, now);
        return;
      }
      await slack.setUserGroupUsers(
        sync.userGroupId,
        found.map(person => person.slackId),
      );
      await syncs.done(
        claimed,
        { members: found.map(person => person.userRef), skipped },
        now,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const next =
        error instanceof SlackApiError && error.retryAfter
          ? now.plus(error.retryAfter)
          : retryAt(sync.attempts, now);
      await syncs.failed(claimed, message, next);
      logger.warn(
        `Could not set the Slack user group ${sync.userGroupId} of ${
          sync.teamRef
        } (attempt ${
          claimed.attempts
        }): ${message}; retrying at ${next.toISO()}`,
      );
    }
  }

  /** The Slack accounts of people by their catalog e-mails, and who has none. */
  private async slackUsersOf(userRefs: string[]) {
    const emails = await this.deps.teams.emailsOf(userRefs);
    const found: { userRef: string; slackId: string }[] = [];
    const skipped: string[] = [];
    for (const userRef of userRefs) {
      const email = emails.get(userRef);
      const slackId = email && (await this.userIds.of(email));
      if (slackId) {
        found.push({ userRef, slackId });
      } else {
        skipped.push(userRef);
      }
    }
    return { found, skipped };
  }
}
