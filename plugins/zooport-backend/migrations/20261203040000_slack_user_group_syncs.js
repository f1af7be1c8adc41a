// @ts-check

/**
 * The sync of each desk's Slack user group to the people on duty. The
 * group itself is part of the desk's profile (`slackUserGroup`), written
 * and versioned with it; this table holds where its sync stands:
 *
 * - `user_group_id` and `on_duty`: the group and the people on duty (user
 *   refs, a sorted JSON array) it is to hold; a change of either makes the
 *   sync due again (`next_attempt_at`, null when nothing is due);
 * - `attempts`: attempts since that change; an attempt is claimed by
 *   raising it, so that two runs never both send one;
 * - `members`, `skipped` and `synced_at`: who the group was last set to,
 *   who on duty was left out, and when; `last_error`: why the last attempt
 *   failed.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('slack_user_group_syncs'))) {
    await knex.schema.createTable('slack_user_group_syncs', table => {
      table.string('team_ref').primary();
      table.string('user_group_id', 32).notNullable();
      table.text('on_duty').notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.string('next_attempt_at', 30).nullable();
      table.text('members').notNullable();
      table.text('skipped').notNullable();
      table.string('synced_at', 30).nullable();
      table.text('last_error').nullable();
      table.index(['next_attempt_at'], 'slack_user_group_syncs_due_idx');
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('slack_user_group_syncs');
};
