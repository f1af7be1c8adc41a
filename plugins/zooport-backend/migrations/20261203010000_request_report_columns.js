// @ts-check

/**
 * What the org report counts, readable without the table's rows:
 *
 * - `resolution_category` and `resolution_minutes_spent`: the two fields of
 *   the resolution's JSON text that reports count, kept beside it when a
 *   request is written, and filled here for the requests resolved before.
 * - Covering indexes on a desk's requests by filing, resolution and
 *   closing time, holding the columns the org report counts: a bucket of
 *   a desk's requests is one range of an index rather than a row lookup
 *   per request. The resolution and closing ones replace the narrower
 *   indexes of the same names.
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

/** The indexes by resolution and closing time, before and after. */
const finishIndexes = [
  {
    name: 'requests_team_resolved_idx',
    narrow: ['team_ref', 'resolved_at'],
    covering: [
      'team_ref',
      'resolved_at',
      'status',
      'resolution_category',
      'resolution_minutes_spent',
    ],
  },
  {
    name: 'requests_team_closed_idx',
    narrow: ['team_ref', 'closed_at'],
    covering: ['team_ref', 'closed_at', 'status', 'resolved_at'],
  },
];

/**
 * @param {import('knex').Knex} knex
 * @param {string} name
 * @param {string[]} columns
 */
async function rebuildIndex(knex, name, columns) {
  await knex.raw('drop index if exists ??', [name]);
  await knex.schema.alterTable('requests', table => {
    table.index(columns, name);
  });
}

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
  await rebuildIndex(knex, INDEX, reportColumns);
  for (const { name, covering } of finishIndexes) {
    await rebuildIndex(knex, name, covering);
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.raw('drop index if exists ??', [INDEX]);
  for (const { name, narrow } of finishIndexes) {
    await rebuildIndex(knex, name, narrow);
  }
  // Not knex's dropColumn: on SQLite it copies the table, which the
  // history's foreign key to it refuses.
  for (const column of ['resolution_category', 'resolution_minutes_spent']) {
    if (await knex.schema.hasColumn('requests', column)) {
      await knex.raw('alter table ?? drop column ??', ['requests', column]);
    }
  }
};
