// @ts-check

/**
 * A desk's readiness work:
 *
 * - `readiness_scenarios` and `readiness_scenario_versions`: the deck of
 *   scenarios, each save kept as a version (as knowledge entries are);
 *   `content` holds the markdown parts, links and playbook ids as JSON;
 * - `readiness_workshops`: planned workshops, `participant_refs` a JSON
 *   array of user refs;
 * - `readiness_turns`: the cards drawn, with the scribe's steps; the desk's
 *   ref is kept on each so that a participant's earlier cards in any
 *   workshop of the desk are one index range;
 * - `readiness_notes`: the crappy / awesome / actions notes of a workshop;
 * - `readiness_actions`: actions with their owner, due date and status;
 * - `readiness_cadences`: each desk's workshop cadence, when it set one.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('readiness_scenarios'))) {
    await knex.schema.createTable('readiness_scenarios', table => {
      table.string('id', 36).primary();
      table.string('team_ref').notNullable();
      table.string('title', 300).notNullable();
      table.string('difficulty', 16).notNullable();
      table.boolean('draft').notNullable();
      table.text('content').notNullable();
      table.string('source_request_id', 36).nullable();
      table.string('author_ref').notNullable();
      table.string('created_at', 30).notNullable();
      table.string('updated_at', 30).notNullable();
      table.integer('revision').notNullable();
      table.string('deleted_at', 30).nullable();
      table.index(['team_ref', 'title'], 'readiness_scenarios_deck_idx');
    });
  }
  if (!(await knex.schema.hasTable('readiness_scenario_versions'))) {
    await knex.schema.createTable('readiness_scenario_versions', table => {
      table.string('scenario_id', 36).notNullable();
      table.integer('revision').notNullable();
      table.text('content').notNullable();
      table.string('author_ref').notNullable();
      table.string('at', 30).notNullable();
      table.primary(['scenario_id', 'revision']);
    });
  }
  if (!(await knex.schema.hasTable('readiness_workshops'))) {
    await knex.schema.createTable('readiness_workshops', table => {
      table.string('id', 36).primary();
      table.string('team_ref').notNullable();
      table.string('starts_at', 30).notNullable();
      table.integer('duration_minutes').notNullable();
      table.string('facilitator_ref').notNullable();
      table.text('participant_refs').notNullable();
      table.string('created_by').notNullable();
      table.string('created_at', 30).notNullable();
      table.string('updated_at', 30).notNullable();
      table.index(['team_ref', 'starts_at'], 'readiness_workshops_desk_idx');
    });
  }
  if (!(await knex.schema.hasTable('readiness_turns'))) {
    await knex.schema.createTable('readiness_turns', table => {
      table.string('id', 36).primary();
      table.string('workshop_id', 36).notNullable();
      table.string('team_ref').notNullable();
      table.string('participant_ref').notNullable();
      table.string('scenario_id', 36).notNullable();
      table.boolean('repeat').notNullable();
      table.string('started_at', 30).notNullable();
      table.string('ended_at', 30).nullable();
      table.text('steps').notNullable();
      table.string('steps_updated_at', 30).nullable();
      table.string('steps_updated_by').nullable();
      table.index(
        ['workshop_id', 'started_at'],
        'readiness_turns_workshop_idx',
      );
      table.index(['team_ref', 'participant_ref'], 'readiness_turns_drawn_idx');
    });
  }
  if (!(await knex.schema.hasTable('readiness_notes'))) {
    await knex.schema.createTable('readiness_notes', table => {
      table.string('id', 36).primary();
      table.string('workshop_id', 36).notNullable();
      table.string('turn_id', 36).nullable();
      table.string('note_column', 16).notNullable();
      table.text('text').notNullable();
      table.text('link').nullable();
      table.string('author_ref').notNullable();
      table.string('created_at', 30).notNullable();
      table.index(
        ['workshop_id', 'created_at'],
        'readiness_notes_workshop_idx',
      );
    });
  }
  if (!(await knex.schema.hasTable('readiness_actions'))) {
    await knex.schema.createTable('readiness_actions', table => {
      table.string('id', 36).primary();
      table.string('team_ref').notNullable();
      table.string('workshop_id', 36).notNullable();
      table.string('turn_id', 36).nullable();
      table.string('title', 300).notNullable();
      table.string('owner_ref').notNullable();
      table.string('due_on', 10).notNullable();
      table.text('link').nullable();
      table.string('status', 16).notNullable();
      table.string('created_by').notNullable();
      table.string('created_at', 30).notNullable();
      table.string('updated_at', 30).notNullable();
      table.string('closed_at', 30).nullable();
      table.index(
        ['team_ref', 'status', 'due_on'],
        'readiness_actions_desk_idx',
      );
      table.index(['workshop_id'], 'readiness_actions_workshop_idx');
    });
  }
  if (!(await knex.schema.hasTable('readiness_cadences'))) {
    await knex.schema.createTable('readiness_cadences', table => {
      table.string('team_ref').primary();
      table.integer('every').notNullable();
      table.string('unit', 8).notNullable();
      table.string('updated_by').notNullable();
      table.string('updated_at', 30).notNullable();
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'readiness_cadences',
    'readiness_actions',
    'readiness_notes',
    'readiness_turns',
    'readiness_workshops',
    'readiness_scenario_versions',
    'readiness_scenarios',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
};
