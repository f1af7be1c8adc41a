import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { toStoredInstant } from './util';

/** The length of the `reminder_key` column, `varchar(255)`. */
const MAX_KEY_LENGTH = 255;

/** Well under SQLite's oldest limit of 999 bound parameters a query. */
const CLAIMS_READ_AT_ONCE = 500;

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

  /**
   * Which of `keys` were claimed, read in one query per
   * CLAIMS_READ_AT_ONCE keys, so that a task checks all it has due at once.
   */
  async claimedAmong(keys: string[]): Promise<Set<string>> {
    const byStoredKey = new Map(keys.map(key => [storedKey(key), key]));
    const stored = [...byStoredKey.keys()];
    const claimed = new Set<string>();
    for (let i = 0; i < stored.length; i += CLAIMS_READ_AT_ONCE) {
      const found: string[] = await this.db('reminders_sent')
        .whereIn('reminder_key', stored.slice(i, i + CLAIMS_READ_AT_ONCE))
        .pluck('reminder_key');
      for (const key of found) {
        claimed.add(byStoredKey.get(key)!);
      }
    }
    return claimed;
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
