import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { toStoredInstant } from './util';

/** The length of the `reminder_key` column, `varchar(255)`. */
const MAX_KEY_LENGTH = 255;

/**
 * `key` as the column holds it: a key that would not fit (a team and a user
 * ref can each take 255 characters) is stored as its SHA-256, which still
 * tells one reminder from another.
 */
function storedKey(key: string): string {
  return key.length <= MAX_KEY_LENGTH
    ? key
    : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/** Remembers which reminders went out, so that each goes out once. */
export class ReminderStore {
  constructor(private readonly db: Knex) {}

  /** Whether the reminder `key` was claimed: a read, before a claim. */
  async claimed(key: string): Promise<boolean> {
    const row = await this.db('reminders_sent')
      .where({ reminder_key: storedKey(key) })
      .first('reminder_key');
    return Boolean(row);
  }

  /**
   * True for the one caller that may send the reminder `key`. Ignores a
   * conflict rather than failing on it, so that it can run in a transaction.
   */
  async claim(key: string, now: DateTime): Promise<boolean> {
    const inserted = await this.db('reminders_sent')
      .insert({ reminder_key: storedKey(key), sent_at: toStoredInstant(now) })
      .onConflict('reminder_key')
      .ignore()
      .returning('reminder_key');
    return inserted.length === 1;
  }

  /** Gives up the claim on `key`, whose reminder could not be sent. */
  async release(key: string): Promise<void> {
    await this.db('reminders_sent')
      .where({ reminder_key: storedKey(key) })
      .delete();
  }
}
