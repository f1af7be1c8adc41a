import { Knex } from 'knex';

/**
 * Keeps the plugin's SQLite file in write-ahead-log mode. In SQLite's default
 * rollback-journal mode each commit syncs the journal and the database file,
 * several times the cost of appending to the log, and readers wait while a
 * writer commits. Commits stay as durable as before (synchronous = FULL).
 * The mode is stored in the file; an in-memory database keeps its own.
 */
export async function useWriteAheadLog(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'better-sqlite3') {
    return;
  }
  await knex.raw('PRAGMA journal_mode = WAL');
}
