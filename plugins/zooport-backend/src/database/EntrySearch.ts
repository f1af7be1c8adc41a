import { EntryKind, HighlightPart } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';

/** What a full-text search of the knowledge base asks. */
export interface EntrySearchQuery {
  text: string;
  teamRefs?: string[];
  kind?: EntryKind;
  /** `all`: every word must match (search); `any`: one will do (suggestions). */
  match: 'all' | 'any';
  limit: number;
}

/** A hit before it is joined with its entry; a higher rank is better. */
export interface RankedHit {
  id: string;
  rank: number;
  highlights: { title: HighlightPart[]; body: HighlightPart[] };
}

/** Full-text search of entries, with one implementation per database. */
export interface EntrySearch {
  search(query: EntrySearchQuery): Promise<RankedHit[]>;
}

const MAX_TERMS = 12;
const START = '\u0001';
const STOP = '\u0002';

/**
 * Words too common to search for. PostgreSQL's English configuration drops
 * them itself; FTS5 would match "my" and "for" everywhere.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by can do does for from has have how i in is it ' +
    'me my no not of on or our so that the this to was we what when where ' +
    'which who why will with you your'
  ).split(' '),
);

/**
 * Words that say little about what a question is about ("every new service
 * fails"): suggestions leave them out, so that an entry is not offered for
 * sharing one of them. An explicit search keeps them.
 */
const GENERIC_WORDS = new Set(
  (
    'about after again all also always any anything anyone around back ' +
    'before best better both but cannot could did does doing done each ' +
    'else ever every fail failed failing fails first get gets getting give ' +
    'go goes going good got had help here hi just keep know like make many ' +
    'more most much must need needs new next now off old once one only ' +
    'other out over please problem problems really right same see should ' +
    'since some someone something still such sure take than thank thanks ' +
    'their them then there these they thing things think those through ' +
    'time today too try trying under until up us use used using very want ' +
    'wants way well were while would work works working wrong yet'
  ).split(' '),
);

/**
 * What a question is about: its text without the generic words, unless
 * nothing else is left.
 */
export function topicalText(text: string): string {
  const topical = searchTerms(text).filter(term => !GENERIC_WORDS.has(term));
  return topical.length > 0 ? topical.join(' ') : text;
}

/**
 * The words of a query, lower-cased; punctuation, operators and stop words
 * dropped.
 */
export function searchTerms(text: string): string[] {
  return [
    ...new Set(
      text
        .toLocaleLowerCase('en-US')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(term => term.length > 0 && !STOP_WORDS.has(term))
        .map(term => term.slice(0, 40)),
    ),
  ].slice(0, MAX_TERMS);
}

/** Splits text marked with the search's start and stop signs into parts. */
export function highlightParts(marked: string | null): HighlightPart[] {
  const parts: HighlightPart[] = [];
  for (const [i, piece] of (marked ?? '').split(START).entries()) {
    const [matched, rest] = i === 0 ? [null, piece] : piece.split(STOP);
    if (matched) {
      parts.push({ text: matched, match: true });
    }
    if (rest) {
      parts.push({ text: rest, match: false });
    }
  }
  return parts;
}

/** Keeps the rows of `table` that belong to the desks and kind asked for. */
function scoped(
  query: Knex.QueryBuilder,
  { teamRefs, kind }: EntrySearchQuery,
  table: string,
) {
  if (teamRefs) {
    query.whereIn(`${table}.team_ref`, teamRefs);
  }
  if (kind) {
    query.where(`${table}.kind`, kind);
  }
  return query;
}

/**
 * PostgreSQL: the weighted tsvectors of live entries (title A, the rest B)
 * in `kb_search_vectors`, ranked with ts_rank, in which a word in the title
 * outweighs the same word any number of times in the body; headlines are
 * computed for the page of hits only, from their entries' rows.
 * Every hit is ranked, so the rank must be cheap: ts_rank_cd, which looks
 * for covers of the words, took three times as long over thousands of hits,
 * and the vectors are read from narrow rows of their own rather than from
 * the entries' long ones.
 */
export class PostgresEntrySearch implements EntrySearch {
  constructor(private readonly db: Knex) {}

  async search(query: EntrySearchQuery): Promise<RankedHit[]> {
    const terms = searchTerms(query.text);
    if (terms.length === 0) {
      return [];
    }
    const tsquery = terms
      .map(term => `${term}:*`)
      .join(query.match === 'all' ? ' & ' : ' | ');
    const headline = (maxFragments: number) =>
      `StartSel=${START}, StopSel=${STOP}, MaxFragments=${maxFragments}, MaxWords=24, MinWords=8, HighlightAll=${
        maxFragments === 0
      }`;
    const ranked = scoped(
      this.db('kb_search_vectors as s')
        .crossJoin(this.db.raw("to_tsquery('english', ?) as q", [tsquery]))
        .whereRaw('s.search @@ q')
        .select(
          's.entry_id as id',
          'q',
          this.db.raw('ts_rank(s.search, q) as rank'),
        )
        .orderBy([{ column: 'rank', order: 'desc' }, { column: 's.entry_id' }])
        .limit(query.limit),
      query,
      's',
    ).as('ranked');
    const rows = await this.db
      .from(ranked)
      .join('kb_entries as e', 'e.id', 'ranked.id')
      .select(
        'ranked.id',
        'ranked.rank',
        this.db.raw("ts_headline('english', e.title, q, ?) as title_marked", [
          headline(0),
        ]),
        this.db.raw(
          "ts_headline('english', e.search_text, q, ?) as body_marked",
          [headline(2)],
        ),
      )
      .orderBy([
        { column: 'ranked.rank', order: 'desc' },
        { column: 'ranked.id' },
      ]);
    return rows.map(row => ({
      id: row.id,
      rank: Number(row.rank),
      highlights: {
        title: highlightParts(row.title_marked),
        body: highlightParts(row.body_marked),
      },
    }));
  }
}

/**
 * SQLite: the FTS5 table ranked with bm25, a title match weighing ten times
 * a body match; FTS5's highlight and snippet mark the words found.
 *
 * The table holds live entries only, each under the integer key
 * `kb_search_keys` gives it with its desk and kind, so a hit is joined to
 * its entry by that key without reading any entry or indexed row. Ordered
 * by FTS5's own `rank` column, FTS5 ranks every hit once and hands them
 * over best first; highlight and snippet then run for the rows of the page
 * only, in the same query, so the words of the query (prefixes to expand)
 * are looked up once.
 */
export class SqliteEntrySearch implements EntrySearch {
  constructor(private readonly db: Knex) {}

  async search(query: EntrySearchQuery): Promise<RankedHit[]> {
    const terms = searchTerms(query.text);
    if (terms.length === 0) {
      return [];
    }
    const match = terms
      .map(term => `"${term}"*`)
      .join(query.match === 'all' ? ' AND ' : ' OR ');
    const rows: {
      id: string;
      rank: number;
      title_marked: string | null;
      body_marked: string | null;
    }[] = await scoped(
      this.db('kb_entries_fts')
        .join('kb_search_keys as k', 'k.key', 'kb_entries_fts.rowid')
        .whereRaw('kb_entries_fts MATCH ?', [match])
        .whereRaw("kb_entries_fts.rank MATCH 'bm25(10.0, 1.0)'")
        .select(
          'k.entry_id as id',
          this.db.raw('-kb_entries_fts.rank as rank'),
          this.db.raw('highlight(kb_entries_fts, 0, ?, ?) as title_marked', [
            START,
            STOP,
          ]),
          this.db.raw(
            "snippet(kb_entries_fts, 1, ?, ?, '…', 24) as body_marked",
            [START, STOP],
          ),
        )
        .orderBy('kb_entries_fts.rank')
        .limit(query.limit),
      query,
      'k',
    );
    return rows.map(row => ({
      id: row.id,
      rank: Number(row.rank),
      highlights: {
        title: highlightParts(row.title_marked),
        body: highlightParts(row.body_marked),
      },
    }));
  }
}

/** The search that fits the database behind `db`. */
export function createEntrySearch(db: Knex): EntrySearch {
  return db.client.config.client === 'pg'
    ? new PostgresEntrySearch(db)
    : new SqliteEntrySearch(db);
}
