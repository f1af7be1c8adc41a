// @ts-check

/**
 * The monthly confidence survey and the onboarding stages.
 *
 * The survey's answers are anonymous: who answered is kept apart from what
 * they answered, and no table has a time finer than the month (`YYYY-MM`
 * on the desk's wall clock) nor an id that grows with each answer.
 *
 * - `survey_settings`: a desk's survey day (1–28) and whether it is on;
 * - `survey_respondents`: one row per desk and month, `respondents` the
 *   sorted JSON array of who answered, rewritten on each answer, so it
 *   keeps no order of answering;
 * - `survey_scores`: how many answers gave each score that month;
 * - `survey_comments`: the month's comments under random ids.
 *
 * `readiness_stages` keeps every change of a person's stage at a desk,
 * who made it and when; the latest one is the stage.
 */

/**
 * @param {import('knex').Knex} knex
 * @param {string} name
 * @param {(table: import('knex').Knex.CreateTableBuilder) => void} build
 */
async function createMissing(knex, name, build) {
  if (!(await knex.schema.hasTable(name))) {
    await knex.schema.createTable(name, build);
  }
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  await createMissing(knex, 'survey_settings', table => {
    table.string('team_ref').primary();
    table.boolean('enabled').notNullable();
    table.integer('day_of_month').notNullable();
    table.string('updated_by').notNullable();
    table.string('updated_at', 30).notNullable();
  });
  await createMissing(knex, 'survey_respondents', table => {
    table.string('team_ref').notNullable();
    table.string('month', 7).notNullable();
    table.text('respondents').notNullable();
    table.primary(['team_ref', 'month']);
  });
  await createMissing(knex, 'survey_scores', table => {
    table.string('team_ref').notNullable();
    table.string('month', 7).notNullable();
    table.integer('score').notNullable();
    table.integer('answers').notNullable();
    table.primary(['team_ref', 'month', 'score']);
  });
  await createMissing(knex, 'survey_comments', table => {
    table.string('id', 36).primary();
    table.string('team_ref').notNullable();
    table.string('month', 7).notNullable();
    table.text('comment').notNullable();
    table.index(['team_ref', 'month'], 'survey_comments_month_idx');
  });
  await createMissing(knex, 'readiness_stages', table => {
    table.increments('id');
    table.string('team_ref').notNullable();
    table.string('user_ref').notNullable();
    table.string('stage', 20).notNullable();
    table.string('changed_by').notNullable();
    table.string('changed_at', 30).notNullable();
    table.index(['team_ref', 'user_ref'], 'readiness_stages_person_idx');
    table.index(['user_ref'], 'readiness_stages_user_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const table of [
    'readiness_stages',
    'survey_comments',
    'survey_scores',
    'survey_respondents',
    'survey_settings',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
};
