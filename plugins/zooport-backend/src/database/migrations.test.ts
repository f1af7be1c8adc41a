import { Knex } from 'knex';
import path from 'node:path';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { createEntrySearch } from './EntrySearch';
import { migrationsConfig } from './migrations';

jest.setTimeout(60_000);

const at = '2026-11-23T12:00:00.000Z';
const team = 'group:default/platform-software';

/**
 * Each migration in order: the tables it creates, and representative rows
 * written once it has run and read back after every later step.
 */
const steps: {
  name: string;
  tables: string[];
  write(knex: Knex): Promise<void>;
  /** Reads back what `write` wrote: it must read `written`. */
  read(knex: Knex): Promise<unknown>;
  written: unknown;
}[] = [
  {
    name: '20261123000000_desks_and_overrides.js',
    tables: ['desks', 'overrides'],
    async write(knex) {
      await knex('desks').insert({
        team_ref: team,
        profile: JSON.stringify({ animal: { name: 'Turtle' } }),
        rotation: null,
        revision: 1,
        updated_by: 'user:default/amara',
        updated_at: at,
      });
      await knex('overrides').insert({
        id: 'override-1',
        team_ref: team,
        kind: 'add',
        user_ref: 'user:default/lars',
        starts_at: at,
        ends_at: '2026-11-24T12:00:00.000Z',
        created_by: 'user:default/amara',
        created_at: at,
      });
    },
    read: async knex => [
      await knex('desks').pluck('team_ref'),
      await knex('overrides').pluck('id'),
    ],
    written: [[team], ['override-1']],
  },
  {
    name: '20261123090000_calendar_feeds.js',
    tables: ['calendar_feeds'],
    async write(knex) {
      await knex('calendar_feeds').insert({
        team_ref: team,
        feed_key: 'secret-key',
        created_at: at,
      });
    },
    read: knex => knex('calendar_feeds').pluck('feed_key'),
    written: ['secret-key'],
  },
  {
    name: '20261123100000_requests.js',
    tables: [
      'request_types',
      'requests',
      'request_events',
      'desk_webhooks',
      'webhook_deliveries',
      'reminders_sent',
    ],
    async write(knex) {
      await knex('request_types').insert({
        id: 'type-1',
        team_ref: team,
        name: 'Question',
        spec: '{}',
        position: 0,
        revision: 1,
        updated_by: 'user:default/amara',
        updated_at: at,
      });
      await knex('requests').insert({
        id: 'request-1',
        team_ref: team,
        type_id: 'type-1',
        type_name: 'Question',
        title: 'Where are the backups?',
        description: '',
        impact: 'low',
        urgency: 'low',
        priority: 'low',
        fields: '{}',
        requester_ref: 'user:default/mei',
        status: 'new',
        linked_request_ids: '[]',
        sla_target: '{}',
        resolution_pauses: '[]',
        created_at: at,
        updated_at: at,
        revision: 1,
      });
      await knex('request_events').insert({
        request_id: 'request-1',
        kind: 'created',
        actor_ref: 'user:default/mei',
        at,
        details: '{}',
      });
    },
    read: async knex => [
      await knex('requests').pluck('id'),
      await knex('request_events').pluck('kind'),
    ],
    written: [['request-1'], ['created']],
  },
  {
    name: '20261123110000_knowledge_base.js',
    tables: ['kb_entries', 'kb_entry_versions', 'kb_feedback'],
    async write(knex) {
      await knex('kb_entries').insert({
        id: 'entry-1',
        team_ref: team,
        kind: 'faq',
        title: 'Where are the backups?',
        content: '{}',
        search_text: 'nightly snapshots',
        author_ref: 'user:default/amara',
        created_at: at,
        updated_at: at,
        last_reviewed_at: at,
        revision: 1,
      });
      await knex('kb_entry_versions').insert({
        entry_id: 'entry-1',
        revision: 1,
        content: '{}',
        author_ref: 'user:default/amara',
        at,
      });
      await knex('kb_feedback').insert(
        ['mei', 'lars', 'jonas'].map((name, i) => ({
          entry_id: 'entry-1',
          user_ref: `user:default/${name}`,
          helped: i > 0,
          at,
        })),
      );
    },
    read: async knex => [
      await knex('kb_entries').pluck('id'),
      await knex('kb_entry_versions').pluck('revision'),
      await knex('kb_feedback').orderBy('user_ref').pluck('user_ref'),
    ],
    written: [
      ['entry-1'],
      [1],
      ['user:default/jonas', 'user:default/lars', 'user:default/mei'],
    ],
  },
  {
    name: '20261130120000_sla_notice_outbox.js',
    tables: ['sla_notices'],
    async write(knex) {
      await knex('sla_notices').insert({
        request_id: 'request-1',
        milestone: 'first_response_warn',
        recipients: JSON.stringify(['user:default/lars']),
        payload: JSON.stringify({ title: 'Due soon' }),
        attempts: 0,
        next_attempt_at: at,
        created_at: at,
      });
    },
    read: knex => knex('sla_notices').pluck('milestone'),
    written: ['first_response_warn'],
  },
  {
    name: '20261201010000_sla_due_indexes.js',
    tables: [],
    async write() {},
    read: async knex =>
      (await requestIndexes(knex)).filter(name => name.endsWith('_due_idx')),
    written: [
      'requests_first_response_due_at_due_idx',
      'requests_first_response_warn_at_due_idx',
      'requests_resolution_due_at_due_idx',
      'requests_resolution_warn_at_due_idx',
    ],
  },
  {
    name: '20261201020000_entry_votes_and_search_index.js',
    tables: [],
    // The votes given before are counted on their entry.
    async write() {},
    read: knex =>
      knex('kb_entries').select('id', 'helped_votes', 'not_helped_votes'),
    written: [{ id: 'entry-1', helped_votes: 2, not_helped_votes: 1 }],
  },
  {
    name: '20261201030000_first_response_minutes_and_desk_period_index.js',
    tables: [],
    async write(knex) {
      await knex('requests')
        .where({ id: 'request-1' })
        .update({ first_response_minutes: 42 });
    },
    read: async knex => [
      await knex('requests').pluck('first_response_minutes'),
      (await requestIndexes(knex)).includes('requests_team_created_idx'),
    ],
    written: [[42], true],
  },
  {
    name: '20261201040000_sqlite_search_keys.js',
    tables: [],
    async write() {},
    // The entries written before are found by search, on either database
    // (PostgreSQL's search reads kb_search_vectors from 20261204020000 on).
    read: async knex =>
      knex.client.config.client === 'pg'
        ? knex('kb_entries')
            .whereRaw("search @@ to_tsquery('english', 'backups')")
            .pluck('id')
        : foundByBackups(knex),
    written: ['entry-1'],
  },
  {
    name: '20261202000000_desk_revisions_and_duty_record.js',
    tables: ['desk_revisions', 'duty_records', 'duty_shifts', 'duty_stretches'],
    // The desk stored before has its revision, in force from its last
    // write; its override is not deleted.
    async write(knex) {
      await knex('duty_stretches').insert({
        team_ref: team,
        user_ref: 'user:default/lars',
        role: 'primary',
        source: 'override',
        starts_at: at,
        ends_at: null,
      });
    },
    read: async knex => [
      await knex('desk_revisions').select('team_ref', 'revision', 'written_at'),
      await knex('overrides').pluck('deleted_at'),
      await knex('duty_stretches').pluck('user_ref'),
    ],
    written: [
      [{ team_ref: team, revision: 1, written_at: at }],
      [null],
      ['user:default/lars'],
    ],
  },
  {
    name: '20261202010000_report_finish_indexes.js',
    tables: [],
    // A resolution stored before its fields had columns of their own.
    async write(knex) {
      await knex('requests')
        .where({ id: 'request-1' })
        .update({
          status: 'resolved',
          resolution: JSON.stringify({
            category: 'faq_entry',
            minutesSpent: 12,
          }),
        });
    },
    read: async knex =>
      (await requestIndexes(knex)).filter(name =>
        ['requests_team_resolved_idx', 'requests_team_closed_idx'].includes(
          name,
        ),
      ),
    written: ['requests_team_closed_idx', 'requests_team_resolved_idx'],
  },
  {
    name: '20261203010000_request_report_columns.js',
    tables: [],
    async write() {},
    read: async knex => [
      await knex('requests')
        .where({ id: 'request-1' })
        .first('resolution_category', 'resolution_minutes_spent'),
      (await requestIndexes(knex)).includes('requests_team_report_idx'),
    ],
    written: [
      { resolution_category: 'faq_entry', resolution_minutes_spent: 12 },
      true,
    ],
  },
  {
    name: '20261203030500_desk_webhook_format.js',
    tables: [],
    async write(knex) {
      const webhook = { updated_by: 'user:default/amara', updated_at: at };
      // One insert each: knex fills a key missing from one row of a
      // multi-row insert with NULL, which is not a row written without it.
      await knex('desk_webhooks').insert({
        ...webhook,
        team_ref: team,
        url: 'https://hooks.example.com/a',
      });
      await knex('desk_webhooks').insert({
        ...webhook,
        team_ref: 'group:default/dba',
        url: 'https://hooks.example.com/b',
        format: 'teams',
      });
    },
    read: knex => knex('desk_webhooks').orderBy('team_ref').pluck('format'),
    // A webhook written without a format, as before, posts JSON.
    written: ['teams', 'json'],
  },
  {
    name: '20261203040000_slack_user_group_syncs.js',
    tables: ['slack_user_group_syncs'],
    async write(knex) {
      await knex('slack_user_group_syncs').insert({
        team_ref: team,
        user_group_id: 'S0614TZR7',
        on_duty: JSON.stringify(['user:default/lars']),
        next_attempt_at: at,
        members: '[]',
        skipped: '[]',
      });
    },
    read: knex => knex('slack_user_group_syncs').select('team_ref', 'attempts'),
    written: [{ team_ref: team, attempts: 0 }],
  },
  {
    name: '20261203050000_jira_issues.js',
    tables: ['jira_issue_jobs'],
    async write(knex) {
      await knex('jira_issue_jobs').insert({
        request_id: 'request-1',
        next_attempt_at: at,
        created_at: at,
      });
      await knex('requests')
        .where({ id: 'request-1' })
        .update({ jira_issue_key: 'ABC-1' });
    },
    read: async knex => [
      await knex('jira_issue_jobs').pluck('request_id'),
      await knex('requests').pluck('jira_issue_key'),
    ],
    written: [['request-1'], ['ABC-1']],
  },
  {
    name: '20261204010000_outbox_done_rows_not_due.js',
    tables: [],
    async write() {},
    // A notice not sent yet keeps its next attempt.
    read: knex => knex('sla_notices').pluck('next_attempt_at'),
    written: [at],
  },
  {
    name: '20261204020000_pg_search_vectors.js',
    tables: [],
    async write() {},
    // PostgreSQL's search index holds the entries written before.
    read: foundByBackups,
    written: ['entry-1'],
  },
  {
    name: '20261204040000_readiness_scenarios_and_workshops.js',
    tables: [
      'readiness_actions',
      'readiness_cadences',
      'readiness_notes',
      'readiness_scenario_versions',
      'readiness_scenarios',
      'readiness_turns',
      'readiness_workshops',
    ],
    async write(knex) {
      await knex('readiness_scenarios').insert({
        id: 'scenario-1',
        team_ref: team,
        title: 'Deploys hang',
        difficulty: 'medium',
        draft: false,
        content: '{}',
        author_ref: 'user:default/amara',
        created_at: at,
        updated_at: at,
        revision: 1,
      });
      await knex('readiness_workshops').insert({
        id: 'workshop-1',
        team_ref: team,
        starts_at: at,
        duration_minutes: 90,
        facilitator_ref: 'user:default/amara',
        participant_refs: '[]',
        created_by: 'user:default/amara',
        created_at: at,
        updated_at: at,
      });
      await knex('readiness_turns').insert({
        id: 'turn-1',
        workshop_id: 'workshop-1',
        team_ref: team,
        participant_ref: 'user:default/lars',
        scenario_id: 'scenario-1',
        repeat: false,
        started_at: at,
        steps: '',
      });
    },
    read: async knex => [
      await knex('readiness_scenarios').pluck('id'),
      await knex('readiness_turns').pluck('scenario_id'),
    ],
    written: [['scenario-1'], ['scenario-1']],
  },
  {
    name: '20261204050000_survey_and_readiness_stages.js',
    tables: [
      'readiness_stages',
      'survey_comments',
      'survey_respondents',
      'survey_scores',
      'survey_settings',
    ],
    async write(knex) {
      await knex('survey_settings').insert({
        team_ref: team,
        enabled: true,
        day_of_month: 3,
        updated_by: 'user:default/amara',
        updated_at: at,
      });
      await knex('survey_respondents').insert({
        team_ref: team,
        month: '2026-11',
        respondents: JSON.stringify(['user:default/lars']),
      });
      await knex('survey_scores').insert({
        team_ref: team,
        month: '2026-11',
        score: 7,
        answers: 1,
      });
      await knex('survey_comments').insert({
        id: 'comment-1',
        team_ref: team,
        month: '2026-11',
        comment: 'Fine',
      });
      await knex('readiness_stages').insert({
        team_ref: team,
        user_ref: 'user:default/lars',
        stage: 'shadow',
        changed_by: 'user:default/amara',
        changed_at: at,
      });
    },
    read: async knex => [
      await knex('survey_settings').pluck('day_of_month'),
      await knex('survey_scores').pluck('answers'),
      await knex('survey_comments').pluck('comment'),
      await knex('readiness_stages').pluck('stage'),
    ],
    written: [[3], [1], ['Fine'], ['shadow']],
  },
];

/** The entries that search finds for "backups". */
async function foundByBackups(knex: Knex): Promise<string[]> {
  const hits = await createEntrySearch(knex).search({
    text: 'backups',
    match: 'all',
    limit: 5,
  });
  return hits.map(hit => hit.id);
}

/** The names of the indexes on `requests`, sorted. */
async function requestIndexes(knex: Knex): Promise<string[]> {
  const names: string[] =
    knex.client.config.client === 'pg'
      ? await knex('pg_indexes')
          .where({ tablename: 'requests' })
          .where('schemaname', knex.raw('current_schema()'))
          .pluck('indexname')
      : await knex('sqlite_master')
          .where({ type: 'index', tbl_name: 'requests' })
          .pluck('name');
  return names.sort();
}

/** The tables of the plugin, without knex's bookkeeping or SQLite's own. */
async function zooportTables(knex: Knex): Promise<string[]> {
  const names: string[] =
    knex.client.config.client === 'pg'
      ? await knex('information_schema.tables')
          .where('table_schema', knex.raw('current_schema()'))
          .pluck('table_name')
      : await knex('sqlite_master').where('type', 'table').pluck('name');
  return names
    .filter(
      name =>
        !name.startsWith(migrationsConfig.tableName!) &&
        !name.startsWith('sqlite_'),
    )
    .sort();
}

/** The tables after the first `count` steps; SQLite adds its search index. */
function tablesAfter(count: number): string[] {
  const tables = steps.slice(0, count).flatMap(step => step.tables);
  return tables.sort();
}

function withoutSearchIndex(tables: string[]): string[] {
  // SQLite's FTS5 table, its shadow tables (kb_entries_fts_*) and its keys;
  // PostgreSQL's table of vectors.
  return tables.filter(
    name =>
      !name.startsWith('kb_entries_fts') &&
      !['kb_search_keys', 'kb_search_vectors'].includes(name),
  );
}

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();

  it('migrates up and down one step at a time, keeping the rows', async () => {
    const knex = await databases.init(databaseId);
    const [, pending] = await knex.migrate.list(migrationsConfig);
    expect(pending.map((m: { file: string }) => m.file)).toEqual(
      steps.map(step => step.name),
    );

    for (const [index, step] of steps.entries()) {
      await knex.migrate.up(migrationsConfig);
      expect(withoutSearchIndex(await zooportTables(knex))).toEqual(
        tablesAfter(index + 1),
      );
      for (const earlier of steps.slice(0, index)) {
        expect(await earlier.read(knex)).toEqual(earlier.written);
      }
      await step.write(knex);
      expect(await step.read(knex)).toEqual(step.written);
    }

    // Each migration runs again over its own tables without harm.
    for (const step of steps) {
      const migration = require(path.join(
        migrationsConfig.directory as string,
        step.name,
      ));
      await migration.up(knex);
      expect(await step.read(knex)).toEqual(step.written);
    }

    for (let count = steps.length - 1; count >= 0; count--) {
      await knex.migrate.down(migrationsConfig);
      // SQLite's search tables go with the knowledge base step; the check
      // for no tables at all below sees any left behind.
      expect(withoutSearchIndex(await zooportTables(knex))).toEqual(
        tablesAfter(count),
      );
      for (const kept of steps.slice(0, count)) {
        expect(await kept.read(knex)).toEqual(kept.written);
      }
    }
    expect(await zooportTables(knex)).toEqual([]);
    const [done] = await knex.migrate.list(migrationsConfig);
    expect(done).toEqual([]);

    // The way back up is clear again.
    await knex.migrate.latest(migrationsConfig);
    expect(withoutSearchIndex(await zooportTables(knex))).toEqual(
      tablesAfter(steps.length),
    );
  });

  it('takes the record of shifts down twice without harm', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest(migrationsConfig);
    const migration = require(path.join(
      migrationsConfig.directory as string,
      '20261202000000_desk_revisions_and_duty_record.js',
    ));
    await migration.down(knex);
    await migration.down(knex);
    expect(await knex.schema.hasColumn('overrides', 'deleted_at')).toBe(false);
    await migration.up(knex);
    expect(await knex.schema.hasColumn('overrides', 'deleted_at')).toBe(true);
  });
});
