// @ts-check

/**
 * Jira issues filed for requests resolved as bug tickets:
 *
 * - `jira_issue_jobs`: the outbox of issues to file, one row per request
 *   (a request never gets two issues), written in the transaction that
 *   resolves the request and retried until the issue is filed.
 * - `requests.jira_issue_key` and `requests.jira_issue_url`: the issue once
 *   filed, e.g. `ABC-1` and its browse address.
 */

const requestColumns = ['jira_issue_key', 'jira_issue_url'];

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('jira_issue_jobs'))) {
    await knex.schema.createTable('jira_issue_jobs', table => {
      table.increments('id').primary();
      table.string('request_id', 36).notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.string('next_attempt_at', 30).nullable();
      table.string('filed_at', 30).nullable();
      table.text('last_error').nullable();
      table.string('created_at', 30).notNullable();
      table.unique(['request_id'], {
        indexName: 'jira_issue_jobs_request_key',
      });
      table.index(['next_attempt_at'], 'jira_issue_jobs_due_idx');
    });
  }
  if (!(await knex.schema.hasColumn('requests', 'jira_issue_key'))) {
    await knex.schema.alterTable('requests', table => {
      table.string('jira_issue_key', 255).nullable();
      table.text('jira_issue_url').nullable();
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('jira_issue_jobs');
  // Not knex's dropColumn: on SQLite it copies the table, which the
  // history's foreign key to it refuses.
  for (const column of requestColumns) {
    if (await knex.schema.hasColumn('requests', column)) {
      await knex.raw('alter table ?? drop column ??', ['requests', column]);
    }
  }
};
