import { createApiRef } from '@backstage/core-plugin-api';
import {
  Desk,
  DeskOnDuty,
  ImpactLevel,
  RequestAction,
  RequestEvent,
  RequestPriority,
  RequestStatus,
  RequestType,
  ResolutionCategory,
  SupportRequest,
  UrgencyLevel,
  ZooDesk,
  ZooportHealth,
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

  /** The request types of a team's desk, archived ones included. */
  listRequestTypes(teamRef: string): Promise<RequestType[]>;
  createRequest(input: RequestInput): Promise<SupportRequest>;
  /** Newest first, one page at a time. */
  listRequests(filter: RequestFilter): Promise<RequestPage>;
  getRequest(id: string): Promise<RequestDetail>;
  transition(id: string, change: TransitionInput): Promise<SupportRequest>;
  /** Adds a comment and answers with the history the caller may see. */
  comment(id: string, comment: CommentInput): Promise<RequestEvent[]>;
  escalate(id: string, reason?: string): Promise<SupportRequest>;
  approve(id: string, decision: ApprovalInput): Promise<SupportRequest>;
}

/** @public */
export const zooportApiRef = createApiRef<ZooportApi>({
  id: 'plugin.zooport.service',
});
