// @ts-check

/**
 * What the org report counts, readable without the table's rows:
 *
 * - `resolution_category` and `resolution_minutes_spent`: the two fields of
 *   the resolution's JSON text that reports count, kept beside it when a
 *   request is written, and filled here for the requests resolved before.
 * - A covering index on a desk's requests by filing time holding every
 *   column the report reads, so a year of a desk's requests is one range
 *   of the index rather than a row lookup per request.
 */

const INDEX = 'requests_team_report_idx';
const reportColumns = [
  'team_ref',
  'created_at',
  'status',
  'resolved_at',
  'closed_at',
  'first_responded_at',
  'first_response_due_at',
  'resolution_due_at',
  'first_response_minutes',
  'resolution_category',
  'resolution_minutes_spent',
];

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  // Running it again keeps the columns and fills them again.
  if (!(await knex.schema.hasColumn('requests', 'resolution_category'))) {
    await knex.schema.alterTable('requests', table => {
      table.string('resolution_category', 32).nullable();
      table.integer('resolution_minutes_spent').nullable();
    });
  }
  const field =
    knex.client.config.client === 'pg'
      ? (/** @type {string} */ name) => `(resolution::json ->> '${name}')`
      : (/** @type {string} */ name) => `json_extract(resolution, '$.${name}')`;
  await knex('requests')
    .whereNotNull('resolution')
    .update({
      resolution_category: knex.raw(field('category')),
      resolution_minutes_spent: knex.raw(
        `cast(${field('minutesSpent')} as integer)`,
      ),
    });
  await knex.raw('drop index if exists ??', [INDEX]);
  await knex.schema.alterTable('requests', table => {
    table.index(reportColumns, INDEX);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.raw('drop index if exists ??', [INDEX]);
  // Not knex's dropColumn: on SQLite it copies the table, which the
  // history's foreign key to it refuses.
  for (const column of ['resolution_category', 'resolution_minutes_spent']) {
    if (await knex.schema.hasColumn('requests', column)) {
      await knex.raw('alter table ?? drop column ??', ['requests', column]);
    }
  }
};
