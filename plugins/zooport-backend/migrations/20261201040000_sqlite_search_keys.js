// @ts-check

/**
 * SQLite's search index, keyed by a small table of the live entries.
 *
 * Until now the full-text table held each entry's id as a column, so that
 * ranking the hits of a common word read every hit's whole indexed row to
 * learn its id, then looked the entry up by that text id: four fifths of a
 * search's time. Now `kb_search_keys` gives each live entry an integer key
 * (with its desk and kind, what search filters on), the full-text row has
 * that key as its rowid, and a hit is joined to its entry by integer key.
 * Deleted entries leave both, so search no longer checks for them; an
 * entry's row is rewritten in the index only when what is searched or
 * filtered on changes, and found by its key instead of by a scan.
 *
 * PostgreSQL keeps its search vector on the entry's row; nothing changes
 * there.
 */

const TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'";

/** @param {import('knex').Knex} knex */
async function dropSearchIndex(knex) {
  for (const trigger of ['insert', 'update', 'delete']) {
    await knex.raw(`DROP TRIGGER IF EXISTS kb_entries_fts_${trigger}`);
  }
  await knex.raw('DROP TABLE IF EXISTS kb_entries_fts');
  await knex.raw('DROP TABLE IF EXISTS kb_search_keys');
}

/**
 * The triggers that keep the search index in step with `kb_entries`.
 *
 * @param {import('knex').Knex} knex
 * @param {{ add: string, remove: string, updateOf: string }} statements
 */
async function createTriggers(knex, { add, remove, updateOf }) {
  await knex.raw(`
    CREATE TRIGGER kb_entries_fts_insert AFTER INSERT ON kb_entries BEGIN
      ${add}
    END`);
  await knex.raw(`
    CREATE TRIGGER kb_entries_fts_update
    AFTER UPDATE OF ${updateOf} ON kb_entries BEGIN
      ${remove}
      ${add}
    END`);
  await knex.raw(`
    CREATE TRIGGER kb_entries_fts_delete AFTER DELETE ON kb_entries BEGIN
      ${remove}
    END`);
}

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (knex.client.config.client === 'pg') {
    return;
  }
  await dropSearchIndex(knex);
  await knex.raw('DROP INDEX IF EXISTS kb_entries_search_filter_idx');
  await knex.raw(`
    CREATE TABLE kb_search_keys (
      key INTEGER PRIMARY KEY,
      entry_id VARCHAR(36) NOT NULL UNIQUE,
      team_ref VARCHAR(255) NOT NULL,
      kind VARCHAR(255) NOT NULL
    )`);
  await knex.raw(
    `CREATE VIRTUAL TABLE kb_entries_fts USING fts5(title, search_text, ${TOKENIZE})`,
  );
  await knex.raw(`
    INSERT INTO kb_search_keys (entry_id, team_ref, kind)
    SELECT id, team_ref, kind FROM kb_entries WHERE deleted_at IS NULL`);
  await knex.raw(`
    INSERT INTO kb_entries_fts (rowid, title, search_text)
    SELECT k.key, e.title, e.search_text
    FROM kb_search_keys k JOIN kb_entries e ON e.id = k.entry_id`);

  await createTriggers(knex, {
    add: `
      INSERT INTO kb_search_keys (entry_id, team_ref, kind)
      SELECT new.id, new.team_ref, new.kind WHERE new.deleted_at IS NULL;
      INSERT INTO kb_entries_fts (rowid, title, search_text)
      SELECT key, new.title, new.search_text
      FROM kb_search_keys WHERE entry_id = new.id;`,
    remove: `
      DELETE FROM kb_entries_fts
      WHERE rowid = (SELECT key FROM kb_search_keys WHERE entry_id = old.id);
      DELETE FROM kb_search_keys WHERE entry_id = old.id;`,
    updateOf: 'title, search_text, team_ref, kind, deleted_at',
  });
};

/**
 * Back to the index as the earlier migrations left it: every entry, deleted
 * ones too, with its id as a column.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  if (knex.client.config.client === 'pg') {
    return;
  }
  await dropSearchIndex(knex);
  await knex.raw(`
    CREATE VIRTUAL TABLE kb_entries_fts USING fts5(
      entry_id UNINDEXED, title, search_text, ${TOKENIZE}
    )`);
  await knex.raw(`
    INSERT INTO kb_entries_fts (entry_id, title, search_text)
    SELECT id, title, search_text FROM kb_entries`);
  await createTriggers(knex, {
    add: `
      INSERT INTO kb_entries_fts (entry_id, title, search_text)
      VALUES (new.id, new.title, new.search_text);`,
    remove: 'DELETE FROM kb_entries_fts WHERE entry_id = old.id;',
    updateOf: 'title, search_text',
  });
  await knex.raw(`
    CREATE INDEX IF NOT EXISTS kb_entries_search_filter_idx
    ON kb_entries (id, deleted_at, team_ref, kind)`);
};
