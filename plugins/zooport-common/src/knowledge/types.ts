/**
 * The knowledge base: FAQ entries and playbooks that desks own.
 */

/** @public */
export type EntryKind = 'faq' | 'playbook';

/** A step of a playbook, in order. @public */
export interface PlaybookStep {
  title: string;
  /** Markdown. */
  body: string;
}

/** @public */
export interface EntryLink {
  title: string;
  url: string;
}

/**
 * What `POST`/`PUT …/entries` take. An FAQ entry is a question (`title`)
 * with a markdown answer (`body`); a playbook has a title, when to use it
 * (`body`), ordered steps, links to dashboards or logs and severity hints.
 *
 * @public
 */
export interface EntryInput {
  kind: EntryKind;
  title: string;
  body: string;
  steps: PlaybookStep[];
  links: EntryLink[];
  /** E.g. "SEV2 if more than one team is blocked". */
  severityHints: string[];
  tags: string[];
  requestTypeIds: string[];
  entityRefs: string[];
  /** Days after a review that the entry is due for another; null = never. */
  reviewEveryDays: number | null;
}

/** @public */
export interface Entry extends EntryInput {
  id: string;
  teamRef: string;
  authorRef: string;
  createdAt: string;
  updatedAt: string;
  /** When someone last confirmed the entry is right (every save counts). */
  lastReviewedAt: string;
  /** True once `reviewEveryDays` have passed since the last review. */
  stale: boolean;
  revision: number;
  feedback: { helped: number; notHelped: number };
  /** Requests resolved by pointing to this entry. */
  answeredRequests: number;
  /** How the signed-in reader voted (`GET /entries/:id` only): null = not yet. */
  myVote?: boolean | null;
}

/** A part of a highlighted text; `match` marks what the search found. @public */
export interface HighlightPart {
  text: string;
  match: boolean;
}

/** @public */
export interface EntrySearchHit {
  entry: Pick<
    Entry,
    'id' | 'teamRef' | 'kind' | 'title' | 'tags' | 'stale' | 'updatedAt'
  >;
  rank: number;
  highlights: { title: HighlightPart[]; body: HighlightPart[] };
}

/** One saved version of an entry. @public */
export interface EntryVersion {
  entryId: string;
  revision: number;
  authorRef: string;
  at: string;
  content: EntryInput;
}

/** What `GET /suggest` answers. @public */
export interface Suggestions {
  entries: EntrySearchHit[];
  /** Desks whose topics match the question: which animal to ask. */
  desks: {
    teamRef: string;
    animal: { name: string; emoji?: string; colour?: string };
    matchedTopics: string[];
  }[];
}

/**
 * Filters of `GET /entries`; `desk` takes team refs.
 *
 * @public
 */
export interface EntryFilter {
  desk?: string[];
  kind?: EntryKind;
  tag?: string;
  stale?: boolean;
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** What `GET /entries` answers: entries by title. @public */
export interface EntryPage {
  items: Entry[];
  nextCursor: string | null;
}

/** Narrows `GET /entries/search`. @public */
export interface EntrySearchFilter {
  desk?: string[];
  kind?: EntryKind;
  limit?: number;
}

/** The query of `GET /entries/search`: the words, and the filters. @public */
export interface EntrySearchQuery extends EntrySearchFilter {
  q: string;
}

/** The query of `GET /suggest`. @public */
export interface SuggestQuery {
  /** The question, as typed. */
  q?: string;
  /** The catalog entity it is about; its desk's entries come first. */
  entityRef?: string;
}

/** What `POST /entries/:id/feedback` takes: one vote per person. @public */
export interface EntryFeedbackInput {
  helped: boolean;
}
