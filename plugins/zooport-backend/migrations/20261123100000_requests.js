// @ts-check

/**
 * Support requests: the types each desk offers, the requests, their history
 * (comments are history too), the outbox of desk webhooks, and the
 * reminders already sent.
 *
 * Instants are UTC ISO 8601 strings of fixed width (see the desks
 * migration). The SLA deadlines are stored next to the request so that
 * "breached" and the sweeps can be asked of the database; `*_warned_at` and
 * `*_breached_at` make each warning and escalation go out once.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('request_types'))) {
    await knex.schema.createTable('request_types', table => {
      table.string('id', 36).primary();
      table.string('team_ref').notNullable();
      table.string('name', 100).notNullable();
      table.text('spec').notNullable();
      table.integer('position').notNullable();
      table.boolean('archived').notNullable().defaultTo(false);
      table.integer('revision').notNullable();
      table.string('updated_by').notNullable();
      table.string('updated_at', 30).notNullable();
      table.unique(['team_ref', 'name'], {
        indexName: 'request_types_team_name_uq',
      });
    });
  }
  if (!(await knex.schema.hasTable('requests'))) {
    await knex.schema.createTable('requests', table => {
      table.string('id', 36).primary();
      table.string('team_ref').notNullable();
      table
        .string('type_id', 36)
        .notNullable()
        .references('id')
        .inTable('request_types');
      table.string('type_name', 100).notNullable();
      table.string('title', 200).notNullable();
      table.text('description').notNullable();
      table.string('impact', 16).notNullable();
      table.string('urgency', 16).notNullable();
      table.string('priority', 16).notNullable();
      table.text('fields').notNullable();
      table.string('entity_ref').nullable();
      table.string('requester_ref').notNullable();
      table.string('assignee_ref').nullable();
      table.string('status', 32).notNullable();
      table.text('approval').nullable();
      table.text('resolution').nullable();
      table.integer('escalations').notNullable().defaultTo(0);
      table.text('linked_request_ids').notNullable();
      table.string('idempotency_key', 128).nullable();
      table.text('sla_target').notNullable();
      table.text('resolution_pauses').notNullable();
      table.string('created_at', 30).notNullable();
      table.string('updated_at', 30).notNullable();
      table.string('first_responded_at', 30).nullable();
      table.string('resolved_at', 30).nullable();
      table.string('closed_at', 30).nullable();
      table.string('first_response_warn_at', 30).nullable();
      table.string('first_response_due_at', 30).nullable();
      table.string('resolution_warn_at', 30).nullable();
      table.string('resolution_due_at', 30).nullable();
      table.string('first_response_warned_at', 30).nullable();
      table.string('first_response_breached_at', 30).nullable();
      table.string('resolution_warned_at', 30).nullable();
      table.string('resolution_breached_at', 30).nullable();
      table.integer('revision').notNullable();
      table.unique(['requester_ref', 'idempotency_key'], {
        indexName: 'requests_idempotency_uq',
      });
      table.index(['team_ref', 'status'], 'requests_team_status_idx');
      table.index(['assignee_ref', 'status'], 'requests_assignee_status_idx');
      table.index(['requester_ref'], 'requests_requester_idx');
      table.index(['created_at', 'id'], 'requests_created_idx');
    });
  }
  if (!(await knex.schema.hasTable('request_events'))) {
    await knex.schema.createTable('request_events', table => {
      table.increments('id').primary();
      table
        .string('request_id', 36)
        .notNullable()
        .references('id')
        .inTable('requests');
      table.string('kind', 32).notNullable();
      table.string('actor_ref').notNullable();
      table.string('at', 30).notNullable();
      table.text('body').nullable();
      table.boolean('internal').notNullable().defaultTo(false);
      table.text('details').notNullable();
      table.index(['request_id', 'id'], 'request_events_request_idx');
    });
  }
  if (!(await knex.schema.hasTable('desk_webhooks'))) {
    await knex.schema.createTable('desk_webhooks', table => {
      table.string('team_ref').primary();
      table.text('url').notNullable();
      table.string('updated_by').notNullable();
      table.string('updated_at', 30).notNullable();
    });
  }
  if (!(await knex.schema.hasTable('webhook_deliveries'))) {
    await knex.schema.createTable('webhook_deliveries', table => {
      table.increments('id').primary();
      table.string('team_ref').notNullable();
      table.string('event', 32).notNullable();
      table.text('payload').notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.string('next_attempt_at', 30).nullable();
      table.string('delivered_at', 30).nullable();
      table.text('last_error').nullable();
      table.string('created_at', 30).notNullable();
      table.index(['next_attempt_at'], 'webhook_deliveries_due_idx');
    });
  }
  if (!(await knex.schema.hasTable('reminders_sent'))) {
    await knex.schema.createTable('reminders_sent', table => {
      table.string('reminder_key').primary();
      table.string('sent_at', 30).notNullable();
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('reminders_sent');
  await knex.schema.dropTableIfExists('webhook_deliveries');
  await knex.schema.dropTableIfExists('desk_webhooks');
  await knex.schema.dropTableIfExists('request_events');
  await knex.schema.dropTableIfExists('requests');
  await knex.schema.dropTableIfExists('request_types');
};
