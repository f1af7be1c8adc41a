import { InputError, isError } from '@backstage/errors';
import {
  Entry,
  EntryInput,
  EntryKind,
  EntrySearchHit,
  faqCandidates,
  matchingTopics,
  Suggestions,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { EntryCursor, EntryStore } from '../database/EntryStore';
import { EntrySearch, RankedHit, topicalText } from '../database/EntrySearch';
import { RequestStore } from '../database/RequestStore';
import { DeskService } from './DeskService';
import { TeamDirectory } from './TeamDirectory';

const SUGGESTED_ENTRIES = 5;
const SUGGESTED_DESKS = 3;
/** Entries about the entity the person looks at, or by its owner, rank higher. */
const RELATED_BOOST = 2;
/** A suggestion ranked below this share of the best one is left out. */
const WEAK_MATCH_SHARE = 0.3;
const CANDIDATE_DAYS = 30;

/** The knowledge base: entries, their versions and feedback, search. */
export class KnowledgeService {
  constructor(
    private readonly deps: {
      entries: EntryStore;
      search: EntrySearch;
      desks: DeskService;
      teams: TeamDirectory;
      requests: RequestStore;
    },
  ) {}

  list(
    filter: Parameters<EntryStore['listEntries']>[0],
    page: { limit: number; after?: EntryCursor },
    now: DateTime,
  ) {
    return this.deps.entries.listEntries(filter, { ...page, now });
  }

  get(id: string, now: DateTime): Promise<Entry> {
    return this.deps.entries.getEntry(id, now);
  }

  async create(
    teamRef: string,
    input: EntryInput,
    authorRef: string,
    now: DateTime,
  ): Promise<Entry> {
    await this.deps.desks.getDesk(teamRef).catch(error => {
      // The desk is what the entry is written for: naming none is bad input.
      throw isError(error) && error.name === 'NotFoundError'
        ? new InputError(`desk: ${teamRef} has no support desk`)
        : error;
    });
    return this.deps.entries.createEntry(teamRef, input, authorRef, now);
  }

  update(options: Parameters<EntryStore['updateEntry']>[0]) {
    return this.deps.entries.updateEntry(options);
  }

  /** Saves an old version's content as the newest version. */
  async restore(
    id: string,
    revision: number,
    authorRef: string,
    now: DateTime,
  ) {
    const version = await this.deps.entries.getVersion(id, revision);
    return this.deps.entries.updateEntry({
      id,
      input: version.content,
      authorRef,
      now,
    });
  }

  versions(id: string, now: DateTime) {
    return this.deps.entries
      .getEntry(id, now)
      .then(() => this.deps.entries.listVersions(id));
  }

  markReviewed(id: string, now: DateTime) {
    return this.deps.entries.markReviewed(id, now);
  }

  delete(id: string, now: DateTime) {
    return this.deps.entries.deleteEntry(id, now);
  }

  voteOf(id: string, userRef: string) {
    return this.deps.entries.voteOf(id, userRef);
  }

  vote(id: string, userRef: string, helped: boolean, now: DateTime) {
    return this.deps.entries.vote(id, userRef, helped, now);
  }

  async search(
    query: {
      text: string;
      teamRefs?: string[];
      kind?: EntryKind;
      limit: number;
    },
    now: DateTime,
  ): Promise<EntrySearchHit[]> {
    const hits = await this.deps.search.search({ ...query, match: 'all' });
    return (await this.withEntries(hits, now)).map(({ hit }) => hit);
  }

  /** The hits joined with their entries; deleted entries drop out. */
  private async withEntries(
    hits: RankedHit[],
    now: DateTime,
  ): Promise<{ hit: EntrySearchHit; entityRefs: string[] }[]> {
    const entries = new Map(
      (
        await this.deps.entries.getEntries(
          hits.map(h => h.id),
          now,
        )
      ).map(e => [e.id, e]),
    );
    return hits.flatMap(hit => {
      const entry = entries.get(hit.id);
      if (!entry) {
        return [];
      }
      const { id, teamRef, kind, title, tags, stale, updatedAt } = entry;
      return [
        {
          hit: {
            entry: { id, teamRef, kind, title, tags, stale, updatedAt },
            rank: hit.rank,
            highlights: hit.highlights,
          },
          entityRefs: entry.entityRefs,
        },
      ];
    });
  }

  /**
   * "This may answer your question": the best entries for what the person
   * types, those about `entityRef` or by its owner first, and the desks
   * whose topics match, i.e. which animal to ask. Entries are found by the
   * question's topical words (generic ones such as "new" or "fails" left
   * out), and one far weaker than the best is not offered.
   */
  async suggest(
    question: string,
    entityRef: string | undefined,
    now: DateTime,
  ): Promise<Suggestions> {
    const [hits, owner, desks] = await Promise.all([
      this.deps.search.search({
        text: topicalText(question),
        match: 'any',
        limit: SUGGESTED_ENTRIES * 4,
      }),
      entityRef ? this.deps.teams.ownerOf(entityRef) : undefined,
      this.deps.desks.listDesks(),
    ]);
    const best = Math.max(0, ...hits.map(hit => hit.rank));
    const strong = hits.filter(hit => hit.rank >= WEAK_MATCH_SHARE * best);
    const entries = (await this.withEntries(strong, now))
      .map(({ hit, entityRefs }) => {
        const related =
          (entityRef && entityRefs.includes(entityRef)) ||
          (owner && hit.entry.teamRef === owner);
        return { ...hit, rank: related ? hit.rank * RELATED_BOOST : hit.rank };
      })
      .sort((a, b) => b.rank - a.rank)
      .slice(0, SUGGESTED_ENTRIES);
    const matchingDesks = desks
      .map(desk => ({
        teamRef: desk.teamRef,
        animal: desk.animal,
        matchedTopics: matchingTopics(question, desk.topics),
      }))
      .filter(desk => desk.matchedTopics.length > 0)
      .sort((a, b) => b.matchedTopics.length - a.matchedTopics.length)
      .slice(0, SUGGESTED_DESKS);
    return { entries, desks: matchingDesks };
  }

  /** Questions answered again and again in the last 30 days. */
  async faqCandidates(teamRef: string, now: DateTime) {
    await this.deps.desks.getDesk(teamRef);
    const answered = await this.deps.requests.resolvedSince(
      teamRef,
      now.minus({ days: CANDIDATE_DAYS }),
    );
    return faqCandidates(
      answered.filter(r => r.resolution?.category === 'answered'),
    );
  }
}
