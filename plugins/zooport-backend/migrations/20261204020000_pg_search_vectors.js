// @ts-check

/**
 * PostgreSQL's search index of live entries: `kb_search_vectors` holds each
 * live entry's weighted vector (the entry's generated `search` column) with
 * its desk and kind, what search filters on, and a trigger keeps it in step
 * with `kb_entries`.
 *
 * Until now search ranked the vectors in the entries' own rows: a common
 * word is in thousands of entries, and ranking them read every hit's whole
 * row (its content and text along with the vector), about four entries a
 * page. The narrow rows of this table hold about eight. The entries' own
 * GIN index is then read by nothing and dropped.
 *
 * SQLite's FTS5 table is such an index already; nothing changes there.
 */

/** @param {import('knex').Knex} knex */
exports.up = async function up(knex) {
  if (knex.client.config.client !== 'pg') {
    return;
  }
  await knex.raw(`
    CREATE TABLE IF NOT EXISTS kb_search_vectors (
      entry_id VARCHAR(36) PRIMARY KEY,
      team_ref VARCHAR(255) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      search TSVECTOR NOT NULL
    )`);
  await knex.raw(`
    INSERT INTO kb_search_vectors (entry_id, team_ref, kind, search)
    SELECT id, team_ref, kind, search FROM kb_entries
    WHERE deleted_at IS NULL
    ON CONFLICT (entry_id) DO NOTHING`);
  await knex.raw(`
    CREATE INDEX IF NOT EXISTS kb_search_vectors_search_idx
    ON kb_search_vectors USING GIN (search)`);
  await knex.raw(`
    CREATE OR REPLACE FUNCTION kb_search_vectors_sync() RETURNS trigger AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        DELETE FROM kb_search_vectors WHERE entry_id = OLD.id;
      END IF;
      IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
        INSERT INTO kb_search_vectors (entry_id, team_ref, kind, search)
        VALUES (NEW.id, NEW.team_ref, NEW.kind, NEW.search);
      END IF;
      RETURN NULL;
    END
    $$ LANGUAGE plpgsql`);
  await knex.raw('DROP TRIGGER IF EXISTS kb_search_vectors_sync ON kb_entries');
  await knex.raw(`
    CREATE TRIGGER kb_search_vectors_sync
    AFTER INSERT OR DELETE
    OR UPDATE OF id, title, search_text, team_ref, kind, deleted_at
    ON kb_entries FOR EACH ROW EXECUTE FUNCTION kb_search_vectors_sync()`);
  await knex.raw('DROP INDEX IF EXISTS kb_entries_search_idx');
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client !== 'pg') {
    return;
  }
  await knex.raw(
    'CREATE INDEX IF NOT EXISTS kb_entries_search_idx ON kb_entries USING GIN (search)',
  );
  await knex.raw('DROP TRIGGER IF EXISTS kb_search_vectors_sync ON kb_entries');
  await knex.raw('DROP FUNCTION IF EXISTS kb_search_vectors_sync()');
  await knex.raw('DROP TABLE IF EXISTS kb_search_vectors');
};
