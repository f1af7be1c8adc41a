import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { toStoredInstant } from './util';

interface CalendarFeedRow {
  team_ref: string;
  feed_key: string;
  created_at: string;
}

const newFeedKey = () => randomBytes(24).toString('base64url');

/** The secret keys under which desks' calendar feeds can be subscribed to. */
export class CalendarFeedStore {
  constructor(private readonly db: Knex) {}

  /** The desk's feed key, made on first use. */
  async feedKey(teamRef: string, now: DateTime): Promise<string> {
    const existing = await this.db<CalendarFeedRow>('calendar_feeds')
      .where({ team_ref: teamRef })
      .first();
    if (existing) {
      return existing.feed_key;
    }
    await this.db<CalendarFeedRow>('calendar_feeds')
      .insert({
        team_ref: teamRef,
        feed_key: newFeedKey(),
        created_at: toStoredInstant(now),
      })
      .onConflict('team_ref')
      .ignore();
    const stored = await this.db<CalendarFeedRow>('calendar_feeds')
      .where({ team_ref: teamRef })
      .first();
    return stored!.feed_key;
  }

  /** Replaces the key, so that the old address stops working. */
  async renewFeedKey(teamRef: string, now: DateTime): Promise<string> {
    const row = {
      team_ref: teamRef,
      feed_key: newFeedKey(),
      created_at: toStoredInstant(now),
    };
    await this.db<CalendarFeedRow>('calendar_feeds')
      .insert(row)
      .onConflict('team_ref')
      .merge();
    return row.feed_key;
  }

  async teamOfFeed(feedKey: string): Promise<string | undefined> {
    const row = await this.db<CalendarFeedRow>('calendar_feeds')
      .where({ feed_key: feedKey })
      .first();
    return row?.team_ref;
  }
}
