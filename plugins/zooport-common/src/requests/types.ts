/**
 * Support requests and their types, as the API speaks of them.
 */

import { JiraProject, RequestJira } from '../jira/types';

/** @public */
export const requestPriorities = ['urgent', 'high', 'medium', 'low'] as const;
/** @public */
export type RequestPriority = (typeof requestPriorities)[number];

/** How many people or systems a problem hurts. @public */
export const impactLevels = ['high', 'medium', 'low'] as const;
/** @public */
export type ImpactLevel = (typeof impactLevels)[number];

/** How soon the requester is blocked. @public */
export const urgencyLevels = ['high', 'medium', 'low'] as const;
/** @public */
export type UrgencyLevel = (typeof urgencyLevels)[number];

/**
 * Where a request is in its life. A reopened request goes back to
 * `in_progress`; `reopened` is an action, not a status.
 *
 * @public
 */
export const requestStatuses = [
  'new',
  'acknowledged',
  'in_progress',
  'waiting_for_requester',
  'resolved',
  'closed',
] as const;
/** @public */
export type RequestStatus = (typeof requestStatuses)[number];

/** The actions `POST /requests/:id/transitions` takes. @public */
export const requestActions = [
  'acknowledge',
  'start',
  'wait_for_requester',
  'resolve',
  'close',
  'reopen',
] as const;
/** @public */
export type RequestAction = (typeof requestActions)[number];

/** How a request was resolved. @public */
export const resolutionCategories = [
  'answered',
  'documentation_link',
  'faq_entry',
  'bug_ticket_created',
  'redirected',
  'self_service',
  'admin_action',
  'training_needed',
  'declined_risky',
  'duplicate',
] as const;
/** @public */
export type ResolutionCategory = (typeof resolutionCategories)[number];

/**
 * One SLA target. `clock: 'business'` counts only minutes inside the desk's
 * support hours; `'always'` counts every minute (24/7, e.g. for incidents).
 *
 * @public
 */
export interface SlaTarget {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  clock: 'business' | 'always';
}

/** @public */
export type SlaTargets = Record<RequestPriority, SlaTarget>;

/** An extra field of a request type's form. @public */
export interface RequestTypeField {
  /** Key in the request's `fields`, e.g. `database`. */
  key: string;
  label: string;
  kind: 'text' | 'select' | 'entity';
  required: boolean;
  /** The choices of a `select`. */
  options?: string[];
  /** For `entity`: the kinds the picker offers, e.g. ["Component"]. */
  entityKinds?: string[];
}

/** What `POST`/`PUT …/request-types` take. @public */
export interface RequestTypeInput {
  name: string;
  description: string;
  fields: RequestTypeField[];
  defaultPriority: RequestPriority;
  sla: SlaTargets;
  /** Users who must approve a request of this type before work starts. */
  approvers: string[];
  /** Knowledge-base entries shown to the requester before submitting. */
  entryIds: string[];
  /**
   * The Jira project its bug tickets are filed in instead of the desk's;
   * null or absent: the desk's.
   */
  jiraProject?: JiraProject | null;
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

/** @public */
export interface RequestType extends RequestTypeInput {
  id: string;
  teamRef: string;
  /** Archived types take no new requests but keep their old ones readable. */
  archived: boolean;
  revision: number;
}

/** The state of one SLA clock. @public */
export type SlaState = 'on_track' | 'at_risk' | 'met' | 'breached';

/** @public */
export interface SlaClock {
  targetMinutes: number;
  clock: SlaTarget['clock'];
  /** ISO 8601 instant; null while a paused clock cannot say when. */
  deadline: string | null;
  /** Minutes counted so far (business minutes on a business clock). */
  elapsedMinutes: number;
  state: SlaState;
  paused: boolean;
}

/** @public */
export interface RequestSla {
  firstResponse: SlaClock;
  resolution: SlaClock;
}

/** @public */
export interface RequestResolution {
  category: ResolutionCategory;
  note?: string | null;
  /** The bug ticket or documentation page, when there is one. */
  url?: string | null;
  /** The knowledge-base entry that answered it. */
  entryId?: string | null;
  /** For `redirected`: the desk it went to and the request made there. */
  redirectedTo?: { teamRef: string; requestId: string } | null;
  /** For `duplicate`: the request it duplicates. */
  duplicateOf?: string | null;
  /** Interrupt time the desk spent on it. */
  minutesSpent: number;
}

/** @public */
export interface RequestApproval {
  state: 'pending' | 'approved' | 'rejected';
  /** Who may decide, as the request type named them when it was filed. */
  approvers: string[];
  by: string | null;
  at: string | null;
  note: string | null;
}

/** A support request as the API returns it. @public */
export interface SupportRequest {
  id: string;
  teamRef: string;
  typeId: string;
  typeName: string;
  title: string;
  /** Markdown, stored as typed. */
  description: string;
  impact: ImpactLevel;
  urgency: UrgencyLevel;
  priority: RequestPriority;
  fields: Record<string, string>;
  entityRef: string | null;
  requesterRef: string;
  assigneeRef: string | null;
  status: RequestStatus;
  approval: RequestApproval | null;
  resolution: RequestResolution | null;
  escalations: number;
  /** Requests this one came from or led to (redirects, duplicates). */
  linkedRequestIds: string[];
  createdAt: string;
  updatedAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  sla: RequestSla;
  revision: number;
}

/** @public */
export type RequestEventKind =
  | 'created'
  | 'assigned'
  | 'transition'
  | 'comment'
  | 'escalated'
  | 'approval'
  | 'sla_warning'
  | 'sla_breach';

/** One line of a request's history. @public */
export interface RequestEvent {
  id: string;
  requestId: string;
  kind: RequestEventKind;
  actorRef: string;
  at: string;
  /** For comments: markdown. */
  body: string | null;
  /** An internal note, visible to the desk only. */
  internal: boolean;
  /** Kind-specific details, e.g. `{ from, to }` of a transition. */
  details: Record<string, unknown>;
}

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
 * Filters of `GET /requests`; `me` stands for the signed-in user. On the
 * wire, `desk` repeats and `status`, `priority`, `type` and `category` are
 * comma-separated. Each `…From`/`…To` pair selects `from` ≤ t < `to`.
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
  /** Filed at or after this ISO 8601 instant. */
  filedFrom?: string;
  /** Filed before this ISO 8601 instant. */
  filedTo?: string;
  /** Resolved at or after this ISO 8601 instant. */
  resolvedFrom?: string;
  /** Resolved before this ISO 8601 instant. */
  resolvedTo?: string;
  /** Request type ids, any of them. */
  type?: string[];
  /** How the requests were resolved, any of these. */
  category?: ResolutionCategory[];
  limit?: number;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

/** What `GET /requests` answers: newest first. @public */
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
  /** Only when the backend files Jira issues. */
  jira?: RequestJira;
}

/**
 * A resolution as submitted, before redirects and duplicates are followed.
 *
 * @public
 */
export interface ResolutionInput {
  category: ResolutionCategory;
  note?: string;
  /**
   * The bug ticket or documentation page; required for `bug_ticket_created`
   * unless the request's type or desk names a Jira project, where leaving
   * it out files a Jira issue.
   */
  url?: string;
  entryId?: string;
  redirectTo?: { teamRef: string; typeId?: string };
  duplicateOf?: string;
  minutesSpent?: number;
}

/** What `POST /requests/:id/transitions` takes. @public */
export interface TransitionInput {
  action: RequestAction;
  note?: string;
  /** Required to `resolve`. */
  resolution?: ResolutionInput;
}

/** What `POST /requests/:id/comments` takes. @public */
export interface CommentInput {
  /** Markdown. */
  body: string;
  /** A note only the desk sees. */
  internal?: boolean;
}

/** What `POST /requests/:id/escalate` takes. @public */
export interface EscalationInput {
  reason?: string;
}

/**
 * What `PUT /requests/:id/assignee` takes: a member of the desk's team, or
 * null for nobody.
 *
 * @public
 */
export interface AssignmentInput {
  assigneeRef: string | null;
}

/** What `POST /requests/:id/approval` takes. @public */
export interface ApprovalInput {
  decision: 'approved' | 'rejected';
  note?: string;
}

/**
 * The query of `GET /desks/:namespace/:name/figures`: how many days back
 * (30 when left out).
 *
 * @public
 */
export interface DeskFiguresQuery {
  days?: number;
}
