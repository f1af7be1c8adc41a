// @ts-check

/**
 * The outbox of SLA notices. The SLA sweep writes a milestone's claim, its
 * history line and its notice here in one transaction; the notice is sent
 * from this row, retried until it is marked sent, so a replica that dies
 * after the commit leaves the notice to the next sweep.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('sla_notices'))) {
    await knex.schema.createTable('sla_notices', table => {
      table.increments('id').primary();
      table.string('request_id', 36).notNullable();
      table.string('milestone', 32).notNullable();
      table.text('recipients').notNullable();
      table.text('payload').notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.string('next_attempt_at', 30).nullable();
      table.string('sent_at', 30).nullable();
      table.text('last_error').nullable();
      table.string('created_at', 30).notNullable();
      // One notice per milestone of a request, as there is one claim.
      table.unique(['request_id', 'milestone'], {
        indexName: 'sla_notices_milestone_key',
      });
      table.index(['next_attempt_at'], 'sla_notices_due_idx');
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('sla_notices');
};
