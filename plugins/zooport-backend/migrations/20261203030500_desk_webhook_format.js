// @ts-check

/**
 * What a desk's webhook posts: `json` (the event as it is, what every
 * webhook posted before), `teams` (a Microsoft Teams message with an
 * Adaptive Card) or `slack` (a Slack Block Kit message).
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasColumn('desk_webhooks', 'format'))) {
    await knex.schema.alterTable('desk_webhooks', table => {
      table.string('format', 16).notNullable().defaultTo('json');
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  // Not knex's dropColumn, which copies the whole table on SQLite.
  if (await knex.schema.hasColumn('desk_webhooks', 'format')) {
    await knex.raw('alter table ?? drop column ??', [
      'desk_webhooks',
      'format',
    ]);
  }
};
