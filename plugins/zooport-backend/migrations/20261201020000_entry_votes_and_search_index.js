// @ts-check

/**
 * SQLite's trigger that rewrites an entry's row in the search index, fired
 * on `event`.
 *
 * @param {import('knex').Knex} knex
 * @param {string} event
 */
async function replaceSearchUpdateTrigger(knex, event) {
  await knex.raw('DROP TRIGGER IF EXISTS kb_entries_fts_update');
  await knex.raw(`
    CREATE TRIGGER kb_entries_fts_update AFTER ${event} ON kb_entries BEGIN
      DELETE FROM kb_entries_fts WHERE entry_id = old.id;
      INSERT INTO kb_entries_fts (entry_id, title, search_text)
      VALUES (new.id, new.title, new.search_text);
    END`);
}

/**
 * Each entry keeps its "helped" and "didn't help" votes counted on its own
 * row, so that reading entries no longer adds up the whole feedback table.
 * The counts are worked out once from the votes already given.
 *
 * On SQLite the search index is now rewritten only when an entry's title
 * or searched text changes, not on every vote, review or answered request;
 * and an index holding what search filters on (deleted, desk, kind) lets
 * it check each hit without reading the entry's row, whose answer makes it
 * long. On PostgreSQL the search vector is kept in the entry's row rather
 * than in the TOAST table, so that ranking the hits of a common word does
 * not fetch each hit's vector from there; the existing rows are rewritten.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  if (!(await knex.schema.hasColumn('kb_entries', 'helped_votes'))) {
    await knex.schema.alterTable('kb_entries', table => {
      table.integer('helped_votes').notNullable().defaultTo(0);
      table.integer('not_helped_votes').notNullable().defaultTo(0);
    });
  }
  const votes = (/** @type {boolean} */ helped) =>
    knex('kb_feedback')
      .count('*')
      .where('kb_feedback.entry_id', knex.ref('kb_entries.id'))
      .where('kb_feedback.helped', helped);
  await knex('kb_entries')
    .whereExists(
      knex('kb_feedback')
        .select('entry_id')
        .where('kb_feedback.entry_id', knex.ref('kb_entries.id')),
    )
    .update({ helped_votes: votes(true), not_helped_votes: votes(false) });

  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'ALTER TABLE kb_entries ALTER COLUMN search SET STORAGE MAIN',
    );
    // Recomputes each row's vector, which is then stored the new way.
    await knex('kb_entries').update({ title: knex.ref('title') });
  } else {
    await knex.raw(`
      CREATE INDEX IF NOT EXISTS kb_entries_search_filter_idx
      ON kb_entries (id, deleted_at, team_ref, kind)`);
    await replaceSearchUpdateTrigger(knex, 'UPDATE OF title, search_text');
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(
      'ALTER TABLE kb_entries ALTER COLUMN search SET STORAGE EXTENDED',
    );
  } else {
    await knex.raw('DROP INDEX IF EXISTS kb_entries_search_filter_idx');
    await replaceSearchUpdateTrigger(knex, 'UPDATE');
  }
  // Dropped in place: rebuilding the table, as knex does on SQLite, would
  // lose the search index's triggers.
  for (const column of ['helped_votes', 'not_helped_votes']) {
    if (await knex.schema.hasColumn('kb_entries', column)) {
      await knex.raw('ALTER TABLE kb_entries DROP COLUMN ??', [column]);
    }
  }
};
