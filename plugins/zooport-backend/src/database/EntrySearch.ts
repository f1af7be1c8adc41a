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

function scoped(
  query: Knex.QueryBuilder,
  { teamRefs, kind }: EntrySearchQuery,
) {
  query.whereNull('e.deleted_at');
  if (teamRefs) {
    query.whereIn('e.team_ref', teamRefs);
  }
  if (kind) {
    query.where('e.kind', kind);
  }
  return query;
}

/**
 * PostgreSQL: the weighted tsvector column (title A, the rest B) ranked with
 * ts_rank, in which a word in the title outweighs the same word any number
 * of times in the body; headlines are computed for the page of hits only.
 * Every hit is ranked, so the rank must be cheap: ts_rank_cd, which looks
 * for covers of the words, took three times as long over thousands of hits.
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
      this.db('kb_entries as e')
        .crossJoin(this.db.raw("to_tsquery('english', ?) as q", [tsquery]))
        .whereRaw('e.search @@ q')
        .select(
          'e.id',
          'e.title',
          'e.search_text',
          'q',
          this.db.raw('ts_rank(e.search, q) as rank'),
        )
        .orderBy([{ column: 'rank', order: 'desc' }, { column: 'e.id' }])
        .limit(query.limit),
      query,
    ).as('ranked');
    const rows = await this.db
      .from(ranked)
      .select(
        'id',
        'rank',
        this.db.raw("ts_headline('english', title, q, ?) as title_marked", [
          headline(0),
        ]),
        this.db.raw(
          "ts_headline('english', search_text, q, ?) as body_marked",
          [headline(2)],
        ),
      )
      .orderBy([{ column: 'rank', order: 'desc' }, { column: 'id' }]);
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
 * Ranking reads no entry rows (an index covers what `scoped` filters on),
 * and the words are marked for the page of hits only, in a second query:
 * SQLite works out every column of every hit before it sorts them.
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
    const ranked: { id: string; rowid: number; rank: number }[] = await scoped(
      this.db('kb_entries_fts')
        .join('kb_entries as e', 'e.id', 'kb_entries_fts.entry_id')
        .whereRaw('kb_entries_fts MATCH ?', [match])
        .select(
          'e.id',
          'kb_entries_fts.rowid',
          this.db.raw('-bm25(kb_entries_fts, 0, 10.0, 1.0) as rank'),
        )
        .orderBy([{ column: 'rank', order: 'desc' }, { column: 'e.id' }])
        .limit(query.limit),
      query,
    );
    if (ranked.length === 0) {
      return [];
    }
    const marked = new Map<number, Record<string, string>>(
      (
        await this.db('kb_entries_fts')
          .whereRaw('kb_entries_fts MATCH ?', [match])
          .whereIn(
            'rowid',
            ranked.map(hit => hit.rowid),
          )
          .select(
            'rowid',
            this.db.raw('highlight(kb_entries_fts, 1, ?, ?) as title_marked', [
              START,
              STOP,
            ]),
            this.db.raw(
              "snippet(kb_entries_fts, 2, ?, ?, '…', 24) as body_marked",
              [START, STOP],
            ),
          )
      ).map(row => [row.rowid, row]),
    );
    return ranked.map(hit => ({
      id: hit.id,
      rank: Number(hit.rank),
      highlights: {
        title: highlightParts(marked.get(hit.rowid)?.title_marked ?? null),
        body: highlightParts(marked.get(hit.rowid)?.body_marked ?? null),
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
