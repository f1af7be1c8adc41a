import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  Entry,
  EntryInput,
  EntryVersion,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { PreconditionFailedError } from '../errors';
import { toStoredInstant } from './util';

interface EntryRow {
  id: string;
  team_ref: string;
  kind: string;
  title: string;
  content: string;
  search_text: string;
  author_ref: string;
  created_at: string;
  updated_at: string;
  last_reviewed_at: string;
  review_every_days: number | null;
  revision: number;
  answered_requests: number;
  helped_votes: number;
  not_helped_votes: number;
  deleted_at: string | null;
}

/** What an entry is read from: not its searched text, nor PostgreSQL's vector. */
const ENTRY_COLUMNS: (keyof EntryRow)[] = [
  'id',
  'team_ref',
  'kind',
  'title',
  'content',
  'author_ref',
  'created_at',
  'updated_at',
  'last_reviewed_at',
  'review_every_days',
  'revision',
  'answered_requests',
  'helped_votes',
  'not_helped_votes',
];

type EntryContent = Omit<EntryInput, 'kind' | 'title' | 'reviewEveryDays'>;

/**
 * Markdown as the words a reader sees: emphasis and code marks, heading
 * signs and link targets dropped, so that search excerpts read as text.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`+)/g, '');
}

/** Everything but the title that full-text search reads, as plain text. */
function searchTextOf(input: EntryInput): string {
  return [
    input.body,
    ...input.steps.flatMap(step => [step.title, step.body]),
    ...input.severityHints,
    ...input.tags,
  ]
    .map(plainText)
    .join('\n');
}

function contentOf(input: EntryInput): string {
  const { kind: _k, title: _t, reviewEveryDays: _r, ...content } = input;
  return JSON.stringify(content);
}

function isStale(row: EntryRow, now: DateTime): boolean {
  return (
    row.review_every_days !== null &&
    DateTime.fromISO(row.last_reviewed_at).plus({
      days: row.review_every_days,
    }) <= now
  );
}

/** Where a page of the title-ordered entry list continues. */
export interface EntryCursor {
  title: string;
  id: string;
}

/** FAQ entries and playbooks, their versions and feedback. */
export class EntryStore {
  constructor(
    private readonly db: Knex,
    /**
     * Rows read at a time while looking for entries with a tag or
     * staleness, and at most for one page.
     */
    private readonly scan = { batch: 200, limit: 2000 },
  ) {}

  private toEntry(row: EntryRow, now: DateTime): Entry {
    const content = JSON.parse(row.content) as EntryContent;
    return {
      id: row.id,
      teamRef: row.team_ref,
      kind: row.kind as Entry['kind'],
      title: row.title,
      ...content,
      reviewEveryDays: row.review_every_days,
      authorRef: row.author_ref,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      lastReviewedAt: row.last_reviewed_at,
      stale: isStale(row, now),
      revision: row.revision,
      feedback: {
        helped: row.helped_votes,
        notHelped: row.not_helped_votes,
      },
      answeredRequests: row.answered_requests,
    };
  }

  /** Entries, which carry their vote counts; deleted ones are left out. */
  private entriesWithFeedback() {
    return this.db<EntryRow>('kb_entries')
      .whereNull('kb_entries.deleted_at')
      .select<EntryRow[]>(ENTRY_COLUMNS.map(column => `kb_entries.${column}`));
  }

  async getEntry(id: string, now: DateTime): Promise<Entry> {
    const row = await this.entriesWithFeedback()
      .where('kb_entries.id', id)
      .first();
    if (!row) {
      throw new NotFoundError(`No knowledge-base entry ${id}`);
    }
    return this.toEntry(row, now);
  }

  async getEntries(ids: string[], now: DateTime): Promise<Entry[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows = await this.entriesWithFeedback().whereIn('kb_entries.id', ids);
    return rows.map(row => this.toEntry(row, now));
  }

  /**
   * Entries by title, a page at a time. Tags live in an entry's JSON and
   * staleness depends on `now`, so those filters are matched here: the
   * store reads on in batches until the page is full or the entries end.
   * It reads at most `scan.limit` rows for one page; a page cut short there
   * still has a cursor, from the last row read.
   */
  async listEntries(
    filter: {
      teamRefs?: string[];
      kind?: Entry['kind'];
      tag?: string;
      stale?: boolean;
    },
    page: { limit: number; after?: EntryCursor; now: DateTime },
  ): Promise<{ items: Entry[]; next?: EntryCursor }> {
    const { tag, stale } = filter;
    const matches = (entry: Entry) =>
      (!tag || entry.tags.includes(tag)) &&
      (stale === undefined || entry.stale === stale);
    const batch =
      tag || stale !== undefined
        ? Math.max(page.limit + 1, this.scan.batch)
        : page.limit + 1;
    // One more than the page, to tell whether another page follows.
    const found: Entry[] = [];
    let after = page.after;
    let scanned = 0;
    for (;;) {
      const rows = await this.entriesByTitle(filter, after, batch);
      for (const row of rows) {
        scanned += 1;
        after = { title: row.title, id: row.id };
        const entry = this.toEntry(row, page.now);
        if (matches(entry) && found.push(entry) > page.limit) {
          break;
        }
      }
      if (found.length > page.limit || rows.length < batch) {
        break;
      }
      if (scanned >= this.scan.limit) {
        return { items: found, next: after };
      }
    }
    const items = found.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items,
      next:
        found.length > page.limit
          ? { title: last.title, id: last.id }
          : undefined,
    };
  }

  private entriesByTitle(
    filter: { teamRefs?: string[]; kind?: Entry['kind'] },
    after: EntryCursor | undefined,
    limit: number,
  ) {
    const query = this.entriesWithFeedback()
      .orderBy([{ column: 'kb_entries.title' }, { column: 'kb_entries.id' }])
      .limit(limit);
    if (filter.teamRefs) {
      query.whereIn('kb_entries.team_ref', filter.teamRefs);
    }
    if (filter.kind) {
      query.where('kb_entries.kind', filter.kind);
    }
    if (after) {
      query.where(inner =>
        inner
          .where('kb_entries.title', '>', after.title)
          .orWhere(same =>
            same
              .where('kb_entries.title', after.title)
              .where('kb_entries.id', '>', after.id),
          ),
      );
    }
    return query;
  }

  async createEntry(
    teamRef: string,
    input: EntryInput,
    authorRef: string,
    now: DateTime,
  ): Promise<Entry> {
    const id = randomUUID();
    const at = toStoredInstant(now);
    await this.db.transaction(async trx => {
      await trx<EntryRow>('kb_entries').insert({
        id,
        team_ref: teamRef,
        kind: input.kind,
        title: input.title,
        content: contentOf(input),
        search_text: searchTextOf(input),
        author_ref: authorRef,
        created_at: at,
        updated_at: at,
        last_reviewed_at: at,
        review_every_days: input.reviewEveryDays,
        revision: 1,
        answered_requests: 0,
        helped_votes: 0,
        not_helped_votes: 0,
        deleted_at: null,
      });
      await this.addVersion(trx, id, 1, input, authorRef, at);
    });
    return this.getEntry(id, now);
  }

  private async addVersion(
    trx: Knex.Transaction,
    entryId: string,
    revision: number,
    input: EntryInput,
    authorRef: string,
    at: string,
  ) {
    await trx('kb_entry_versions').insert({
      entry_id: entryId,
      revision,
      content: JSON.stringify(input),
      author_ref: authorRef,
      at,
    });
  }

  /**
   * Saves a new version of an entry, if it is still at `expectedRevision`
   * (when given; without it the last writer wins); a save counts as a
   * review.
   */
  async updateEntry(options: {
    id: string;
    input: EntryInput;
    expectedRevision?: number;
    authorRef: string;
    now: DateTime;
  }): Promise<Entry> {
    const { id, input, expectedRevision, authorRef, now } = options;
    const current = await this.getEntry(id, now);
    if (
      expectedRevision !== undefined &&
      expectedRevision !== current.revision
    ) {
      throw new PreconditionFailedError(
        `The entry has changed since revision ${expectedRevision}; it is at revision ${current.revision}`,
      );
    }
    const at = toStoredInstant(now);
    await this.db.transaction(async trx => {
      const changes = {
        kind: input.kind,
        title: input.title,
        content: contentOf(input),
        search_text: searchTextOf(input),
        updated_at: at,
        last_reviewed_at: at,
        review_every_days: input.reviewEveryDays,
      };
      let revision: number;
      if (expectedRevision === undefined) {
        // Bumped in the database: concurrent writers all land, in turn,
        // and the update holds the row until this version is recorded.
        await trx<EntryRow>('kb_entries')
          .where({ id })
          .update({ ...changes, revision: trx.raw('revision + 1') as any });
        const row = await trx<EntryRow>('kb_entries')
          .where({ id })
          .first('revision');
        revision = row!.revision;
      } else {
        revision = current.revision + 1;
        const updated = await trx<EntryRow>('kb_entries')
          .where({ id, revision: current.revision })
          .update({ ...changes, revision });
        if (updated !== 1) {
          throw new PreconditionFailedError(
            'The entry was changed by someone else meanwhile',
          );
        }
      }
      await this.addVersion(trx, id, revision, input, authorRef, at);
    });
    return this.getEntry(id, now);
  }

  /** Confirms the entry is still right without changing it. */
  async markReviewed(id: string, now: DateTime): Promise<Entry> {
    await this.getEntry(id, now);
    await this.db<EntryRow>('kb_entries')
      .where({ id })
      .update({ last_reviewed_at: toStoredInstant(now) });
    return this.getEntry(id, now);
  }

  /** Hides the entry; its versions stay. */
  async deleteEntry(id: string, now: DateTime): Promise<void> {
    const deleted = await this.db<EntryRow>('kb_entries')
      .where({ id })
      .whereNull('deleted_at')
      .update({ deleted_at: toStoredInstant(now) });
    if (deleted !== 1) {
      throw new NotFoundError(`No knowledge-base entry ${id}`);
    }
  }

  async listVersions(id: string): Promise<EntryVersion[]> {
    const rows = await this.db('kb_entry_versions')
      .where({ entry_id: id })
      .orderBy('revision', 'desc');
    return rows.map(row => ({
      entryId: row.entry_id,
      revision: row.revision,
      authorRef: row.author_ref,
      at: row.at,
      content: JSON.parse(row.content),
    }));
  }

  async getVersion(id: string, revision: number): Promise<EntryVersion> {
    const version = (await this.listVersions(id)).find(
      v => v.revision === revision,
    );
    if (!version) {
      throw new NotFoundError(`The entry ${id} has no revision ${revision}`);
    }
    return version;
  }

  /** How `userRef` voted on the entry: helped, didn't, or not at all (null). */
  async voteOf(id: string, userRef: string): Promise<boolean | null> {
    const row = await this.db('kb_feedback')
      .where({ entry_id: id, user_ref: userRef })
      .first('helped');
    return row ? Boolean(row.helped) : null;
  }

  /**
   * One vote per person and entry; voting again changes the vote. The
   * entry's counts are recounted from its votes in the same transaction.
   */
  async vote(id: string, userRef: string, helped: boolean, now: DateTime) {
    await this.db.transaction(async trx => {
      const entry = trx<EntryRow>('kb_entries')
        .where({ id })
        .whereNull('deleted_at')
        .first('id');
      if (trx.client.config.client === 'pg') {
        // Votes on one entry count in turn (SQLite serialises all writes).
        entry.forUpdate();
      }
      if (!(await entry)) {
        throw new NotFoundError(`No knowledge-base entry ${id}`);
      }
      await trx('kb_feedback')
        .insert({
          entry_id: id,
          user_ref: userRef,
          helped,
          at: toStoredInstant(now),
        })
        .onConflict(['entry_id', 'user_ref'])
        .merge(['helped', 'at']);
      const votes = (counted: boolean) =>
        trx('kb_feedback').count('*').where({ entry_id: id, helped: counted });
      await trx('kb_entries')
        .where({ id })
        .update({ helped_votes: votes(true), not_helped_votes: votes(false) });
    });
    return this.getEntry(id, now);
  }

  /** Counts a request that was resolved by pointing to the entry. */
  async countAnsweredRequest(id: string): Promise<void> {
    const updated = await this.db<EntryRow>('kb_entries')
      .where({ id })
      .whereNull('deleted_at')
      .increment('answered_requests', 1);
    if (updated !== 1) {
      throw new ConflictError(`No knowledge-base entry ${id} to count`);
    }
  }
}
