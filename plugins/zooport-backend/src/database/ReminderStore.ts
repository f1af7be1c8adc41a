import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { isUniqueViolation, toStoredInstant } from './util';

/** Remembers which reminders went out, so that each goes out once. */
export class ReminderStore {
  constructor(private readonly db: Knex) {}

  /** True for the one caller that may send the reminder `key`. */
  async claim(key: string, now: DateTime): Promise<boolean> {
    try {
      await this.db('reminders_sent').insert({
        reminder_key: key,
        sent_at: toStoredInstant(now),
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) {
        return false;
      }
      throw error;
    }
  }
}
