// @ts-check

/**
 * What the SLA sweep asks for: per milestone, the open requests whose
 * clock passed it and that have not been told yet. One partial index per
 * milestone holds exactly those requests, ordered by the milestone's
 * instant, so a sweep reads only the rows that are due, however many
 * requests are open, and nothing has to keep a copy of the next instant
 * right: a request leaves the index when it is told, answered, resolved
 * or closed, and comes back when it is reopened.
 *
 * A request is open while it has neither `resolved_at` nor `closed_at`
 * (reopening clears `resolved_at`; closing is final).
 */
const milestones = [
  ['first_response_warn_at', 'first_response_warned_at', 'first_responded_at'],
  ['first_response_due_at', 'first_response_breached_at', 'first_responded_at'],
  ['resolution_warn_at', 'resolution_warned_at', 'resolved_at'],
  ['resolution_due_at', 'resolution_breached_at', 'resolved_at'],
];

const indexName = (/** @type {string} */ at) => `requests_${at}_due_idx`;

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  for (const [at, sent, stoppedBy] of milestones) {
    // Re-running the migration builds the index again rather than failing.
    await knex.raw('drop index if exists ??', [indexName(at)]);
    await knex.schema.alterTable('requests', table => {
      table.index([at], indexName(at), {
        predicate: knex
          .whereNull(sent)
          .whereNull(stoppedBy)
          .whereNull('resolved_at')
          .whereNull('closed_at'),
      });
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const [at] of milestones) {
    await knex.raw('drop index if exists ??', [indexName(at)]);
  }
};
