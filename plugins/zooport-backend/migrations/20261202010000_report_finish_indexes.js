// @ts-check

/**
 * What a report reads of the requests filed before its range: those still
 * open at its start. Open ones come through the desk-and-status index;
 * these two indexes serve the ones resolved or closed since the start, so
 * none of the three queries reads a desk's whole history.
 */
const indexes = [
  ['resolved_at', 'requests_team_resolved_idx'],
  ['closed_at', 'requests_team_closed_idx'],
];

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  for (const [column, name] of indexes) {
    // Re-running the migration builds the index again rather than failing.
    await knex.raw('drop index if exists ??', [name]);
    await knex.schema.alterTable('requests', table => {
      table.index(['team_ref', column], name);
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const [, name] of indexes) {
    await knex.raw('drop index if exists ??', [name]);
  }
};
