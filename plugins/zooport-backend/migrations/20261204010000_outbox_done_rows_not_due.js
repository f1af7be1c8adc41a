// @ts-check

/**
 * Rows of the outboxes that are done have no next attempt: senders look
 * for due rows through the index on `next_attempt_at`, which then holds
 * only the rows still to send, however many were sent before (every
 * filed request now queues its notices in `sla_notices`).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const done = {
    sla_notices: 'sent_at',
    webhook_deliveries: 'delivered_at',
    jira_issue_jobs: 'filed_at',
  };
  for (const [table, column] of Object.entries(done)) {
    if (await knex.schema.hasTable(table)) {
      await knex(table)
        .whereNotNull(column)
        .whereNotNull('next_attempt_at')
        .update({ next_attempt_at: null });
    }
  }
};

/** Nothing to undo: a done row's next attempt was never read. */
exports.down = async function down() {};
