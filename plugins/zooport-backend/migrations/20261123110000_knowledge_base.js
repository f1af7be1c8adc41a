// @ts-check

/**
 * The knowledge base: FAQ entries and playbooks, every saved version of
 * them, and people's "this helped" votes.
 *
 * Full-text search differs per database. PostgreSQL keeps a weighted
 * tsvector (title A, the rest B) as a generated column with a GIN index.
 * SQLite keeps an FTS5 table that triggers hold in step with the entries.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  const isPostgres = knex.client.config.client === 'pg';
  if (!(await knex.schema.hasTable('kb_entries'))) {
    await knex.schema.createTable('kb_entries', table => {
      table.string('id', 36).primary();
      table.string('team_ref').notNullable();
      table.string('kind', 16).notNullable();
      table.string('title', 300).notNullable();
      table.text('content').notNullable();
      table.text('search_text').notNullable();
      table.string('author_ref').notNullable();
      table.string('created_at', 30).notNullable();
      table.string('updated_at', 30).notNullable();
      table.string('last_reviewed_at', 30).notNullable();
      table.integer('review_every_days').nullable();
      table.integer('revision').notNullable();
      table.integer('answered_requests').notNullable().defaultTo(0);
      table.string('deleted_at', 30).nullable();
      table.index(['team_ref', 'kind'], 'kb_entries_team_kind_idx');
      table.index(['title', 'id'], 'kb_entries_title_idx');
    });
    if (isPostgres) {
      await knex.raw(`
        ALTER TABLE kb_entries ADD COLUMN search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(search_text, '')), 'B')
        ) STORED`);
      await knex.raw(
        'CREATE INDEX kb_entries_search_idx ON kb_entries USING GIN (search)',
      );
    } else {
      await knex.raw(`
        CREATE VIRTUAL TABLE kb_entries_fts USING fts5(
          entry_id UNINDEXED, title, search_text,
          tokenize = 'porter unicode61 remove_diacritics 2'
        )`);
      await knex.raw(`
        CREATE TRIGGER kb_entries_fts_insert AFTER INSERT ON kb_entries BEGIN
          INSERT INTO kb_entries_fts (entry_id, title, search_text)
          VALUES (new.id, new.title, new.search_text);
        END`);
      await knex.raw(`
        CREATE TRIGGER kb_entries_fts_update AFTER UPDATE ON kb_entries BEGIN
          DELETE FROM kb_entries_fts WHERE entry_id = old.id;
          INSERT INTO kb_entries_fts (entry_id, title, search_text)
          VALUES (new.id, new.title, new.search_text);
        END`);
      await knex.raw(`
        CREATE TRIGGER kb_entries_fts_delete AFTER DELETE ON kb_entries BEGIN
          DELETE FROM kb_entries_fts WHERE entry_id = old.id;
        END`);
    }
  }
  if (!(await knex.schema.hasTable('kb_entry_versions'))) {
    await knex.schema.createTable('kb_entry_versions', table => {
      table
        .string('entry_id', 36)
        .notNullable()
        .references('id')
        .inTable('kb_entries');
      table.integer('revision').notNullable();
      table.text('content').notNullable();
      table.string('author_ref').notNullable();
      table.string('at', 30).notNullable();
      table.primary(['entry_id', 'revision']);
    });
  }
  if (!(await knex.schema.hasTable('kb_feedback'))) {
    await knex.schema.createTable('kb_feedback', table => {
      table
        .string('entry_id', 36)
        .notNullable()
        .references('id')
        .inTable('kb_entries');
      table.string('user_ref').notNullable();
      table.boolean('helped').notNullable();
      table.string('at', 30).notNullable();
      table.primary(['entry_id', 'user_ref']);
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('kb_feedback');
  await knex.schema.dropTableIfExists('kb_entry_versions');
  if (knex.client.config.client !== 'pg') {
    await knex.raw('DROP TABLE IF EXISTS kb_entries_fts');
  }
  await knex.schema.dropTableIfExists('kb_entries');
};
