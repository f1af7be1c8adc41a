import { createApiRef } from '@backstage/core-plugin-api';
import {
  Desk,
  DeskInput,
  DeskOnDuty,
  RotationOverride,
  RotationSpec,
  ScheduledShift,
  ImpactLevel,
  RequestAction,
  RequestEvent,
  RequestPriority,
  RequestStatus,
  RequestType,
  RequestTypeInput,
  ResolutionCategory,
  SupportRequest,
  UrgencyLevel,
  ZooDesk,
  ZooportHealth,
  DeskFigures,
  Entry,
  EntryInput,
  EntryKind,
  EntrySearchHit,
  EntryVersion,
  FaqCandidate,
  MyShift,
  Suggestions,
} from '@zooport/plugin-zooport-common';

/**
 * What `POST /requests` takes; the requester comes from the token.
 *
 * @public
 */
export interface RequestInput {
  teamRef: string;
  typeId: string;
  title: string;
  /** Markdown. */
  description?: string;
  /** Give impact and urgency together, or neither for the type's default. */
  impact?: ImpactLevel;
  urgency?: UrgencyLevel;
  fields?: Record<string, string>;
  /** The catalog entity the request is about. */
  entityRef?: string | null;
  /** Filing again with the same key returns the first request. */
  idempotencyKey?: string;
}

/**
 * Filters of `GET /requests`; `me` stands for the signed-in user.
 *
 * @public
 */
export interface RequestFilter {
  desk?: string[];
  assignee?: string;
  requester?: string;
  status?: 'open' | RequestStatus[];
  priority?: RequestPriority[];
  breached?: boolean;
  text?: string;
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** @public */
export interface RequestPage {
  items: SupportRequest[];
  nextCursor: string | null;
}

/**
 * What the signed-in user may do with a request.
 *
 * @public
 */
export interface RequestPermissions {
  /** Work on it for the desk: acknowledge, start, resolve, internal notes. */
  update: boolean;
  /** Comment, escalate, close and reopen. */
  participate: boolean;
  approve: boolean;
}

/**
 * One request with its history, as `GET /requests/:id` answers.
 *
 * @public
 */
export interface RequestDetail extends SupportRequest {
  events: RequestEvent[];
  may: RequestPermissions;
}

/** @public */
export interface ResolutionInput {
  category: ResolutionCategory;
  note?: string;
  /** The bug ticket or documentation page; required for `bug_ticket_created`. */
  url?: string;
  entryId?: string;
  redirectTo?: { teamRef: string; typeId?: string };
  duplicateOf?: string;
  minutesSpent?: number;
}

/** @public */
export interface TransitionInput {
  action: RequestAction;
  note?: string;
  /** Required to `resolve`. */
  resolution?: ResolutionInput;
}

/** @public */
export interface CommentInput {
  /** Markdown. */
  body: string;
  /** A note only the desk sees. */
  internal?: boolean;
}

/** @public */
export interface ApprovalInput {
  decision: 'approved' | 'rejected';
  note?: string;
}

/**
 * The next shifts of a draft rotation, as `POST …/rotation-preview` answers.
 *
 * @public
 */
export interface RotationPreview {
  shifts: ScheduledShift[];
  violations: { shiftStart: string; missingCapabilities: string[] }[];
}

/** An override as stored, with who made it. @public */
export interface StoredOverride extends RotationOverride {
  createdBy: string;
  createdAt: string;
}

/** @public */
export type OverrideInput = Omit<RotationOverride, 'id'>;

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

/** @public */
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

/**
 * The signed-in user's stretches of duty in the next 13 weeks, and the
 * shifts they observe now and next, as `GET /me/shifts` answers.
 *
 * @public
 */
export interface MyShifts {
  userRef: string;
  shifts: MyShift[];
  observing: MyShift[];
}

/**
 * What `PUT …/request-types/:id` takes: the whole type, and optionally
 * whether it is archived (left out, it stays as it is).
 *
 * @public
 */
export interface RequestTypeUpdate extends RequestTypeInput {
  archived?: boolean;
}

/**
 * The typed client for the Zooport backend.
 *
 * @public
 */
export interface ZooportApi {
  getHealth(): Promise<ZooportHealth>;
  /** Every desk and who is on duty there now. */
  getZoo(): Promise<ZooDesk[]>;
  /** A team's desk, or undefined when the team has none. */
  getDesk(teamRef: string): Promise<Desk | undefined>;
  getOnDuty(teamRef: string): Promise<DeskOnDuty>;

  /**
   * Creates or replaces a desk. `revision` is the one the editor read: when
   * someone saved meanwhile the backend refuses with 412.
   */
  saveDesk(teamRef: string, input: DeskInput, revision: number): Promise<Desk>;
  /** The next `shifts` of a draft rotation, as saving it would give them. */
  previewRotation(
    teamRef: string,
    rotation: RotationSpec,
    shifts: number,
  ): Promise<RotationPreview>;
  /** Shifts from `from` to `to` (ISO instants), overrides applied. */
  getSchedule(
    teamRef: string,
    from: string,
    to: string,
  ): Promise<ScheduledShift[]>;
  /** Overrides that have not ended. */
  listOverrides(teamRef: string): Promise<StoredOverride[]>;
  addOverride(teamRef: string, input: OverrideInput): Promise<StoredOverride>;
  deleteOverride(teamRef: string, id: string): Promise<void>;
  /** The desk's calendar feed address, for calendar apps. */
  getCalendarSubscription(
    teamRef: string,
  ): Promise<{ url: string; webcal: string }>;

  /** The request types of a team's desk, archived ones included. */
  listRequestTypes(teamRef: string): Promise<RequestType[]>;
  createRequestType(
    teamRef: string,
    input: RequestTypeInput,
  ): Promise<RequestType>;
  /** Replaces a type; 412 when someone saved after `revision`. */
  updateRequestType(
    teamRef: string,
    id: string,
    input: RequestTypeUpdate,
    revision: number,
  ): Promise<RequestType>;
  /** The type takes no new requests from now on; its requests stay. */
  archiveRequestType(teamRef: string, id: string): Promise<RequestType>;
  createRequest(input: RequestInput): Promise<SupportRequest>;
  /** Newest first, one page at a time. */
  listRequests(filter: RequestFilter): Promise<RequestPage>;
  getRequest(id: string): Promise<RequestDetail>;
  transition(id: string, change: TransitionInput): Promise<SupportRequest>;
  /** Adds a comment and answers with the history the caller may see. */
  comment(id: string, comment: CommentInput): Promise<RequestEvent[]>;
  escalate(id: string, reason?: string): Promise<SupportRequest>;
  approve(id: string, decision: ApprovalInput): Promise<SupportRequest>;
  /** Key figures of the last `days` days of a desk's requests. */
  getDeskFigures(teamRef: string, days: number): Promise<DeskFigures>;

  /** Knowledge base: FAQ entries and playbooks, by title. */
  listEntries(filter: EntryFilter): Promise<EntryPage>;
  /** Best first; every word must match. */
  searchEntries(
    q: string,
    filter?: EntrySearchFilter,
  ): Promise<EntrySearchHit[]>;
  /** Entries that may answer a question, and which animals to ask. */
  suggest(q: string, entityRef?: string): Promise<Suggestions>;
  getEntry(id: string): Promise<Entry>;
  createEntry(teamRef: string, input: EntryInput): Promise<Entry>;
  /** Saves a new version; 412 when someone saved after `revision`. */
  updateEntry(id: string, input: EntryInput, revision: number): Promise<Entry>;
  /** Hides the entry; its versions stay. */
  deleteEntry(id: string): Promise<void>;
  /** Newest first. */
  listEntryVersions(id: string): Promise<EntryVersion[]>;
  /** Saves that version's content as the newest version. */
  restoreEntryVersion(id: string, revision: number): Promise<Entry>;
  markEntryReviewed(id: string): Promise<Entry>;
  /** One vote per person; voting again changes it. */
  voteEntry(id: string, helped: boolean): Promise<Entry>;
  /** Questions that keep coming back to the desk. */
  getFaqCandidates(teamRef: string): Promise<FaqCandidate[]>;

  /** The viewer's coming stretches of duty and observer weeks. */
  getMyShifts(): Promise<MyShifts>;
}

/** @public */
export const zooportApiRef = createApiRef<ZooportApi>({
  id: 'plugin.zooport.service',
});
