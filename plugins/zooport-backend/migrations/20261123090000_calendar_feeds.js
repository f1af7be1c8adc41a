// @ts-check

/**
 * Secret addresses of the desks' calendar feeds. Calendar apps cannot sign
 * in, so a feed is reached by an unguessable key that the desk can renew.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('calendar_feeds'))) {
    await knex.schema.createTable('calendar_feeds', table => {
      table.string('team_ref').primary();
      table.string('feed_key', 64).notNullable().unique();
      table.string('created_at', 30).notNullable();
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('calendar_feeds');
};
