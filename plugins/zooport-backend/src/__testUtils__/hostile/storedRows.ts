import { Knex } from 'knex';

// Every row of every table the plugin keeps (desks, overrides, request
// types, requests and their history, entries and their versions, votes,
// feeds, webhooks and outboxes), to tell whether a request wrote anything.

const bookkeeping = /^(knex_migrations|sqlite_)/;

async function tablesOf(knex: Knex): Promise<string[]> {
  const names: string[] =
    knex.client.config.client === 'pg'
      ? (
          await knex('information_schema.tables')
            .where({ table_schema: knex.raw('current_schema()') })
            .andWhere({ table_type: 'BASE TABLE' })
            .select('table_name as name')
        ).map((row: { name: string }) => row.name)
      : (
          await knex('sqlite_master').where({ type: 'table' }).select('name')
        ).map((row: { name: string }) => row.name);
  return names.filter(name => !bookkeeping.test(name)).sort();
}

/** Each table's rows as JSON text, in a fixed order. */
export type StoredRows = Record<string, string[]>;

export async function storedRows(knex: Knex): Promise<StoredRows> {
  const tables = await tablesOf(knex);
  const rows = await Promise.all(
    tables.map(async table =>
      (await knex(table).select()).map(row => JSON.stringify(row)).sort(),
    ),
  );
  return Object.fromEntries(tables.map((table, i) => [table, rows[i]]));
}
