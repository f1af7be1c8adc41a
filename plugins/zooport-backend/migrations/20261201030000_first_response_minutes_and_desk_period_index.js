// @ts-check

/**
 * Two things the desk figures read a year of requests with:
 *
 * - `first_response_minutes`: the minutes the first-response clock counted
 *   up to the first response, kept when the response is written. A
 *   request answered before this column existed has none; its minutes are
 *   counted when read.
 * - An index on a desk's requests by filing time, so a period's requests
 *   are one range in filing order instead of all the desk's requests sorted.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  // Running it again keeps the column and its values, and builds the index anew.
  if (!(await knex.schema.hasColumn('requests', 'first_response_minutes'))) {
    await knex.schema.alterTable('requests', table => {
      table.integer('first_response_minutes').nullable();
    });
  }
  await knex.raw('drop index if exists ??', ['requests_team_created_idx']);
  await knex.schema.alterTable('requests', table => {
    table.index(['team_ref', 'created_at'], 'requests_team_created_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.raw('drop index if exists ??', ['requests_team_created_idx']);
  // Not knex's dropColumn: on SQLite it copies the table, which the
  // history's foreign key to it refuses.
  await knex.raw('alter table ?? drop column ??', [
    'requests',
    'first_response_minutes',
  ]);
};
