// @ts-check

/**
 * Support desks (one per team, profile and rotation as JSON documents that
 * are replaced whole) and the overrides of their rotations.
 *
 * Instants are stored as UTC ISO 8601 strings of fixed width, which order the
 * same way on SQLite and PostgreSQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('desks'))) {
    await knex.schema.createTable('desks', table => {
      table.string('team_ref').primary();
      table.text('profile').notNullable();
      table.text('rotation').nullable();
      table.integer('revision').notNullable();
      table.string('updated_by').notNullable();
      table.string('updated_at', 30).notNullable();
    });
  }
  if (!(await knex.schema.hasTable('overrides'))) {
    await knex.schema.createTable('overrides', table => {
      table.string('id', 36).primary();
      table
        .string('team_ref')
        .notNullable()
        .references('team_ref')
        .inTable('desks')
        .onDelete('CASCADE');
      table.string('kind', 16).notNullable();
      table.string('user_ref').notNullable();
      table.string('replacement_ref').nullable();
      table.string('starts_at', 30).notNullable();
      table.string('ends_at', 30).notNullable();
      table.text('reason').nullable();
      table.string('created_by').notNullable();
      table.string('created_at', 30).notNullable();
      table.index(['team_ref', 'ends_at'], 'overrides_team_ends_idx');
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('overrides');
  await knex.schema.dropTableIfExists('desks');
};
