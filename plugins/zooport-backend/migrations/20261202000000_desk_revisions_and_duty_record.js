// @ts-check

/**
 * The record of who was on duty, and what it is worked out from:
 *
 * - `desk_revisions`: every revision of every desk as written, in force
 *   from `written_at` until the next one. A desk stored before this table
 *   existed gets its current revision, in force from its `updated_at`.
 * - `overrides.deleted_at`: a deleted override stays, marked, so that the
 *   record can still be completed for the time it was in force.
 * - `duty_records`: per desk, the stretch of time the record covers, and
 *   when who is on duty next changes by what was in force where it stops
 *   (null: never, until something is written), so that the recorder only
 *   works out desks where something happened.
 * - `duty_shifts` and `duty_stretches`: the recorded shifts and each
 *   person's stretches of duty in them; `ends_at` is null while one runs.
 *   Their keys make writing the same row twice impossible. Partial indexes
 *   hold the running rows; `(team_ref, ends_at)` serves questions about
 *   the past.
 */

/** Indexes whose predicate knex cannot express in createTable. */
const partialIndexes = [
  ['duty_shifts', 'duty_shifts_running_idx'],
  ['duty_stretches', 'duty_stretches_running_idx'],
];

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasTable('desk_revisions'))) {
    await knex.schema.createTable('desk_revisions', table => {
      table.string('team_ref').notNullable();
      table.integer('revision').notNullable();
      table.text('profile').notNullable();
      table.text('rotation').nullable();
      table.string('written_by').notNullable();
      table.string('written_at', 30).notNullable();
      table.primary(['team_ref', 'revision']);
      table.index(['team_ref', 'written_at'], 'desk_revisions_written_idx');
      table.index(['written_at'], 'desk_revisions_written_at_idx');
    });
  }
  // `where true` keeps SQLite from reading `on conflict` as a join's.
  await knex.raw(
    `insert into desk_revisions
       (team_ref, revision, profile, rotation, written_by, written_at)
     select team_ref, revision, profile, rotation, updated_by, updated_at
     from desks where true
     on conflict (team_ref, revision) do nothing`,
  );
  if (!(await knex.schema.hasColumn('overrides', 'deleted_at'))) {
    await knex.schema.alterTable('overrides', table => {
      table.string('deleted_at', 30).nullable();
      table.index(['created_at'], 'overrides_created_idx');
      table.index(['deleted_at'], 'overrides_deleted_idx');
    });
  }
  if (!(await knex.schema.hasTable('duty_records'))) {
    await knex.schema.createTable('duty_records', table => {
      table.string('team_ref').primary();
      table.string('recorded_from', 30).notNullable();
      table.string('recorded_until', 30).notNullable();
      table.string('next_change_at', 30).nullable();
    });
  }
  if (!(await knex.schema.hasTable('duty_shifts'))) {
    await knex.schema.createTable('duty_shifts', table => {
      table.string('team_ref').notNullable();
      table.string('starts_at', 30).notNullable();
      table.string('ends_at', 30).nullable();
      table.integer('shift_index').notNullable();
      table.text('members').notNullable();
      table.primary(['team_ref', 'starts_at']);
      table.index(['team_ref', 'ends_at'], 'duty_shifts_team_end_idx');
    });
  }
  if (!(await knex.schema.hasTable('duty_stretches'))) {
    await knex.schema.createTable('duty_stretches', table => {
      table.string('team_ref').notNullable();
      table.string('user_ref').notNullable();
      table.string('role', 16).notNullable();
      table.string('source', 16).notNullable();
      table.string('starts_at', 30).notNullable();
      table.string('ends_at', 30).nullable();
      table.primary(['team_ref', 'user_ref', 'role', 'source', 'starts_at']);
      table.index(['team_ref', 'starts_at'], 'duty_stretches_team_start_idx');
      table.index(['team_ref', 'ends_at'], 'duty_stretches_team_end_idx');
    });
  }
  for (const [table, name] of partialIndexes) {
    // Re-running the migration builds the index again rather than failing.
    await knex.raw('drop index if exists ??', [name]);
    await knex.schema.alterTable(table, builder => {
      builder.index(['team_ref'], name, {
        predicate: knex.whereNull('ends_at'),
      });
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('duty_stretches');
  await knex.schema.dropTableIfExists('duty_shifts');
  await knex.schema.dropTableIfExists('duty_records');
  await knex.schema.dropTableIfExists('desk_revisions');
  // Overrides deleted since are gone for good before the column goes. Not
  // knex's dropColumn: on SQLite it copies the table.
  if (await knex.schema.hasColumn('overrides', 'deleted_at')) {
    await knex('overrides').whereNotNull('deleted_at').delete();
    await knex.raw('drop index if exists ??', ['overrides_created_idx']);
    await knex.raw('drop index if exists ??', ['overrides_deleted_idx']);
    await knex.raw('alter table ?? drop column ??', [
      'overrides',
      'deleted_at',
    ]);
  }
};
