import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  isOpen,
  NewRequestEvent,
  RequestEvent,
  requestStatuses,
  RequestEventKind,
  RequestPriority,
  ReportRequest,
  RequestStatus,
  ResolutionCategory,
  StoredFigureRequest,
  StoredRequest,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  isUniqueViolation,
  toStoredInstant,
  toStoredInstantText,
} from './util';

interface RequestRow {
  id: string;
  team_ref: string;
  type_id: string;
  type_name: string;
  title: string;
  description: string;
  impact: string;
  urgency: string;
  priority: string;
  fields: string;
  entity_ref: string | null;
  requester_ref: string;
  assignee_ref: string | null;
  status: string;
  approval: string | null;
  resolution: string | null;
  /** The resolution's category and minutes, kept beside its JSON for reports. */
  resolution_category: string | null;
  resolution_minutes_spent: number | null;
  escalations: number;
  linked_request_ids: string;
  idempotency_key: string | null;
  sla_target: string;
  resolution_pauses: string;
  created_at: string;
  updated_at: string;
  first_responded_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  first_response_warn_at: string | null;
  first_response_due_at: string | null;
  resolution_warn_at: string | null;
  resolution_due_at: string | null;
  first_response_warned_at: string | null;
  first_response_breached_at: string | null;
  resolution_warned_at: string | null;
  resolution_breached_at: string | null;
  first_response_minutes: number | null;
  revision: number;
}

interface EventRow {
  id?: number;
  request_id: string;
  kind: string;
  actor_ref: string;
  at: string;
  body: string | null;
  internal: boolean | number;
  details: string;
}

/** Statuses in which the desk owes the requester nothing more. */
const finishedStatuses = requestStatuses.filter(status => !isOpen(status));
const openStatuses = requestStatuses.filter(isOpen);

/** The row of a stored request, without the sweep's sent marks. */
export function toRow(
  request: StoredRequest,
): Omit<
  RequestRow,
  | 'first_response_warned_at'
  | 'first_response_breached_at'
  | 'resolution_warned_at'
  | 'resolution_breached_at'
> {
  return {
    id: request.id,
    team_ref: request.teamRef,
    type_id: request.typeId,
    type_name: request.typeName,
    title: request.title,
    description: request.description,
    impact: request.impact,
    urgency: request.urgency,
    priority: request.priority,
    fields: JSON.stringify(request.fields),
    entity_ref: request.entityRef,
    requester_ref: request.requesterRef,
    assignee_ref: request.assigneeRef,
    status: request.status,
    approval: request.approval && JSON.stringify(request.approval),
    resolution: request.resolution && JSON.stringify(request.resolution),
    resolution_category: request.resolution?.category ?? null,
    resolution_minutes_spent: request.resolution?.minutesSpent ?? null,
    escalations: request.escalations,
    linked_request_ids: JSON.stringify(request.linkedRequestIds),
    idempotency_key: request.idempotencyKey,
    sla_target: JSON.stringify(request.slaTarget),
    resolution_pauses: JSON.stringify(request.resolutionPauses),
    created_at: toStoredInstantText(request.createdAt),
    updated_at: toStoredInstantText(request.updatedAt),
    first_responded_at: toStoredInstantText(request.firstRespondedAt),
    resolved_at: toStoredInstantText(request.resolvedAt),
    closed_at: toStoredInstantText(request.closedAt),
    first_response_warn_at: toStoredInstantText(request.firstResponse.warnAt),
    first_response_due_at: toStoredInstantText(request.firstResponse.dueAt),
    resolution_warn_at: toStoredInstantText(
      request.resolutionMilestones.warnAt,
    ),
    resolution_due_at: toStoredInstantText(request.resolutionMilestones.dueAt),
    first_response_minutes: request.firstResponseMinutes ?? null,
    revision: request.revision,
  };
}

/** The columns the desk figures read. */
const figureColumns = [
  'status',
  'created_at',
  'first_responded_at',
  'resolved_at',
  'closed_at',
  'assignee_ref',
  'type_name',
  'resolution',
  'sla_target',
  'resolution_pauses',
  'first_response_warn_at',
  'first_response_due_at',
  'resolution_warn_at',
  'resolution_due_at',
  'first_response_minutes',
] as const;

type FigureRow = Pick<RequestRow, (typeof figureColumns)[number]>;

function toFiguredRequest(row: FigureRow): StoredFigureRequest {
  return {
    status: row.status as RequestStatus,
    createdAt: row.created_at,
    firstRespondedAt: row.first_responded_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    assigneeRef: row.assignee_ref,
    typeName: row.type_name,
    resolution: row.resolution ? JSON.parse(row.resolution) : null,
    slaTarget: JSON.parse(row.sla_target),
    resolutionPauses: JSON.parse(row.resolution_pauses),
    firstResponse: {
      warnAt: row.first_response_warn_at,
      dueAt: row.first_response_due_at,
    },
    resolutionMilestones: {
      warnAt: row.resolution_warn_at,
      dueAt: row.resolution_due_at,
    },
    firstResponseMinutes: row.first_response_minutes,
  };
}

function toStoredRequest(row: RequestRow): StoredRequest {
  return {
    ...toFiguredRequest(row),
    id: row.id,
    teamRef: row.team_ref,
    typeId: row.type_id,
    title: row.title,
    description: row.description,
    impact: row.impact as StoredRequest['impact'],
    urgency: row.urgency as StoredRequest['urgency'],
    priority: row.priority as RequestPriority,
    fields: JSON.parse(row.fields),
    entityRef: row.entity_ref,
    requesterRef: row.requester_ref,
    approval: row.approval ? JSON.parse(row.approval) : null,
    escalations: row.escalations,
    linkedRequestIds: JSON.parse(row.linked_request_ids),
    idempotencyKey: row.idempotency_key,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}

function toEvent(row: EventRow): RequestEvent {
  return {
    id: String(row.id),
    requestId: row.request_id,
    kind: row.kind as RequestEventKind,
    actorRef: row.actor_ref,
    at: row.at,
    body: row.body,
    internal: Boolean(row.internal),
    details: JSON.parse(row.details),
  };
}

function eventRow(requestId: string, event: NewRequestEvent): EventRow {
  return {
    request_id: requestId,
    kind: event.kind,
    actor_ref: event.actorRef,
    at: toStoredInstantText(event.at),
    body: event.body,
    internal: event.internal,
    details: JSON.stringify(event.details),
  };
}

/**
 * The requests a listing selects: the filters of `GET /requests` with "me"
 * resolved to the reader, all optional, combined with AND.
 */
export interface RequestSelection {
  teamRefs?: string[];
  assigneeRef?: string;
  requesterRef?: string;
  statuses?: RequestStatus[];
  priorities?: RequestPriority[];
  /** Only requests with a breached clock (true) or none (false). */
  breached?: boolean;
  /** Words that must each appear in the title, description or a public comment. */
  text?: string;
  /** Filed in [from, to); either end may be open. */
  filed?: InstantRange;
  /** Resolved in [from, to); either end may be open. */
  resolved?: InstantRange;
  typeIds?: string[];
  resolutionCategories?: ResolutionCategory[];
}

/** Instants from ≤ t < to; a missing end leaves that side open. */
export interface InstantRange {
  from?: DateTime;
  to?: DateTime;
}

/** Where a page of the newest-first list continues. */
export interface RequestCursor {
  createdAt: string;
  id: string;
}

/** The SLA clock a sweep looks at, and which of its milestones. */
export type SlaMilestone =
  | 'first_response_warn'
  | 'first_response_breach'
  | 'resolution_warn'
  | 'resolution_breach';

const milestoneColumns: Record<
  SlaMilestone,
  { at: keyof RequestRow; sent: keyof RequestRow; stoppedBy: keyof RequestRow }
> = {
  first_response_warn: {
    at: 'first_response_warn_at',
    sent: 'first_response_warned_at',
    stoppedBy: 'first_responded_at',
  },
  first_response_breach: {
    at: 'first_response_due_at',
    sent: 'first_response_breached_at',
    stoppedBy: 'first_responded_at',
  },
  resolution_warn: {
    at: 'resolution_warn_at',
    sent: 'resolution_warned_at',
    stoppedBy: 'resolved_at',
  },
  resolution_breach: {
    at: 'resolution_due_at',
    sent: 'resolution_breached_at',
    stoppedBy: 'resolved_at',
  },
};

/** The columns a report reads: never a description or a comment. */
const reportColumns = [
  'id',
  'team_ref',
  'title',
  'type_id',
  'type_name',
  'priority',
  'status',
  'assignee_ref',
  'created_at',
  'first_responded_at',
  'resolved_at',
  'closed_at',
  'resolution',
  'first_response_due_at',
  'resolution_due_at',
  'first_response_minutes',
] as const;

type ReportRow = Pick<RequestRow, (typeof reportColumns)[number]>;

function toReportRequest(row: ReportRow): ReportRequest {
  const resolution = row.resolution && JSON.parse(row.resolution);
  return {
    id: row.id,
    teamRef: row.team_ref,
    title: row.title,
    typeId: row.type_id,
    typeName: row.type_name,
    priority: row.priority as RequestPriority,
    status: row.status as RequestStatus,
    assigneeRef: row.assignee_ref,
    createdAt: row.created_at,
    firstRespondedAt: row.first_responded_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    resolution: resolution && {
      category: resolution.category,
      minutesSpent: resolution.minutesSpent,
      entryId: resolution.entryId ?? null,
    },
    firstResponseDueAt: row.first_response_due_at,
    resolutionDueAt: row.resolution_due_at,
    firstResponseMinutes: row.first_response_minutes,
  };
}

/** Requests and their history in the plugin's database. */
export class RequestStore {
  constructor(private readonly db: Knex) {}

  /**
   * Stores a new request with its first history lines. A second request
   * with the same requester and idempotency key is not stored: the first
   * one is returned instead, with `created: false`.
   */
  async createRequest(
    request: StoredRequest,
    events: NewRequestEvent[],
  ): Promise<{ request: StoredRequest; created: boolean }> {
    try {
      await this.db.transaction(async trx => {
        await trx('requests').insert(toRow(request));
        await trx('request_events').insert(
          events.map(event => eventRow(request.id, event)),
        );
      });
      return { request, created: true };
    } catch (error) {
      if (!request.idempotencyKey || !isUniqueViolation(error)) {
        throw error;
      }
      const earlier = await this.db<RequestRow>('requests')
        .where({
          requester_ref: request.requesterRef,
          idempotency_key: request.idempotencyKey,
        })
        .first();
      if (!earlier) {
        throw error;
      }
      return { request: toStoredRequest(earlier), created: false };
    }
  }

  async getRequest(id: string): Promise<StoredRequest> {
    const row = await this.db<RequestRow>('requests').where({ id }).first();
    if (!row) {
      throw new NotFoundError(`No request ${id}`);
    }
    return toStoredRequest(row);
  }

  /**
   * Writes a changed request and its new history lines, if nobody changed
   * it since `previous` was read; else 409 and nothing is written.
   */
  async updateRequest(
    previous: StoredRequest,
    next: StoredRequest,
    events: NewRequestEvent[],
  ): Promise<StoredRequest> {
    const written = { ...next, revision: previous.revision + 1 };
    await this.db.transaction(async trx => {
      const updated = await trx<RequestRow>('requests')
        .where({ id: previous.id, revision: previous.revision })
        .update(toRow(written));
      if (updated !== 1) {
        throw new ConflictError(
          `The request ${previous.id} was changed by someone else meanwhile; reload it and try again`,
        );
      }
      if (events.length > 0) {
        await trx('request_events').insert(
          events.map(event => eventRow(previous.id, event)),
        );
      }
    });
    return written;
  }

  /** Adds a history line without touching the request (sweeps, reminders). */
  async addEvent(requestId: string, event: NewRequestEvent): Promise<void> {
    await this.db('request_events').insert(eventRow(requestId, event));
  }

  async listEvents(
    requestId: string,
    options: { internal: boolean },
  ): Promise<RequestEvent[]> {
    const query = this.db<EventRow>('request_events')
      .where({ request_id: requestId })
      .orderBy('id');
    if (!options.internal) {
      query.where({ internal: false });
    }
    return (await query).map(toEvent);
  }

  /** A page of requests, newest first, and where the next page starts. */
  async listRequests(
    filter: RequestSelection,
    page: { limit: number; after?: RequestCursor; now: DateTime },
  ): Promise<{ items: StoredRequest[]; next?: RequestCursor }> {
    const query = this.db<RequestRow>('requests')
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(page.limit + 1);
    if (filter.teamRefs) {
      query.whereIn('team_ref', filter.teamRefs);
    }
    if (filter.assigneeRef) {
      query.where('assignee_ref', filter.assigneeRef);
    }
    if (filter.requesterRef) {
      query.where('requester_ref', filter.requesterRef);
    }
    if (filter.statuses) {
      query.whereIn('status', filter.statuses);
    }
    if (filter.priorities) {
      query.whereIn('priority', filter.priorities);
    }
    if (filter.breached !== undefined) {
      const breached = this.breachedCondition(toStoredInstant(page.now));
      if (filter.breached) {
        query.where(breached);
      } else {
        query.whereNot(breached);
      }
    }
    this.whereWithin(query, 'created_at', filter.filed);
    this.whereWithin(query, 'resolved_at', filter.resolved);
    if (filter.typeIds) {
      query.whereIn('type_id', filter.typeIds);
    }
    const categories = filter.resolutionCategories;
    if (categories) {
      const category = this.resolutionCategory();
      query.where(inner => {
        for (const wanted of categories) {
          inner.orWhereRaw(`${category} = ?`, [wanted]);
        }
      });
    }
    for (const word of (filter.text ?? '').split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, c => `\\${c}`)}%`;
      const contains = (column: string) =>
        [`lower(${column}) like lower(?) escape '\\'`, [pattern]] as const;
      query.where(inner =>
        inner
          .whereRaw(...contains('title'))
          .orWhereRaw(...contains('description'))
          .orWhereExists(
            this.db('request_events')
              .whereRaw('request_events.request_id = requests.id')
              .where({ internal: false })
              .whereRaw(...contains('body'))
              // An OFFSET keeps PostgreSQL from hashing every public
              // comment up front: it looks up each candidate's comments
              // by index instead, so a page stops early. (knex leaves out
              // a plain 0.)
              .offset(this.db.raw('0') as unknown as number),
          ),
      );
    }
    if (page.after) {
      const { createdAt, id } = page.after;
      // The first term alone bounds the index range; the OR picks the rows.
      query
        .where('created_at', '<=', createdAt)
        .where(inner =>
          inner
            .where('created_at', '<', createdAt)
            .orWhere(same =>
              same.where('created_at', createdAt).andWhere('id', '<', id),
            ),
        );
    }
    const rows = await query;
    const items = rows.slice(0, page.limit).map(toStoredRequest);
    const last = items[items.length - 1];
    return {
      items,
      next:
        rows.length > page.limit
          ? { createdAt: last.createdAt, id: last.id }
          : undefined,
    };
  }

  private whereWithin(
    query: Knex.QueryBuilder,
    column: keyof RequestRow,
    range: InstantRange | undefined,
  ) {
    if (range?.from) {
      query.where(column, '>=', toStoredInstant(range.from));
    }
    if (range?.to) {
      query.where(column, '<', toStoredInstant(range.to));
    }
  }

  /** The SQL of the category inside the stored resolution's JSON text. */
  private resolutionCategory() {
    return this.db.client.config.client === 'pg'
      ? "(resolution::json ->> 'category')"
      : "json_extract(resolution, '$.category')";
  }

  /** A clock is breached when it stopped after its deadline, or runs past it. */
  private breachedCondition(now: string) {
    const clock =
      (stoppedBy: string, dueAt: string) => (q: Knex.QueryBuilder) =>
        q
          .whereNotNull(dueAt)
          .where(inner =>
            inner
              .where(stopped =>
                stopped
                  .whereNotNull(stoppedBy)
                  .whereRaw('?? > ??', [stoppedBy, dueAt]),
              )
              .orWhere(running =>
                running.whereNull(stoppedBy).where(dueAt, '<', now),
              ),
          );
    return (q: Knex.QueryBuilder) =>
      q
        .where(clock('first_responded_at', 'first_response_due_at'))
        .orWhere(clock('resolved_at', 'resolution_due_at'));
  }

  /**
   * Open requests whose clock passed `milestone` by `now` and that have not
   * been told yet, oldest first. The conditions are those of the
   * milestone's partial index (see the SLA due indexes migration), so only
   * the due rows are read.
   */
  async dueMilestones(
    milestone: SlaMilestone,
    now: DateTime,
    limit = 100,
  ): Promise<StoredRequest[]> {
    const { at, sent, stoppedBy } = milestoneColumns[milestone];
    const rows = await this.db<RequestRow>('requests')
      .whereNotNull(at)
      .where(at, '<=', toStoredInstant(now))
      .whereNull(sent)
      .whereNull(stoppedBy)
      .whereNull('resolved_at')
      .whereNull('closed_at')
      .whereNotIn('status', finishedStatuses)
      .orderBy(at)
      .limit(limit);
    return rows.map(toStoredRequest);
  }

  /**
   * Records that a milestone was announced. Only one caller wins, so that
   * each warning and escalation goes out once even with several replicas.
   */
  async claimMilestone(
    id: string,
    milestone: SlaMilestone,
    now: DateTime,
  ): Promise<boolean> {
    const { sent } = milestoneColumns[milestone];
    const updated = await this.db<RequestRow>('requests')
      .where({ id })
      .whereNull(sent)
      .update({ [sent]: toStoredInstant(now) });
    return updated === 1;
  }

  /**
   * What the figures read of a desk's requests: those filed since `since`
   * and those still open, oldest first.
   */
  async recentAndOpen(
    teamRef: string,
    since: DateTime,
  ): Promise<StoredFigureRequest[]> {
    const rows = await this.openAndFiledSince<FigureRow>(
      teamRef,
      since,
      figureColumns,
    );
    return rows.map(toFiguredRequest);
  }

  /**
   * What a desk's daily digest reads: its requests filed since `since` and
   * those still open, oldest first.
   */
  async openOrFiledSince(
    teamRef: string,
    since: DateTime,
  ): Promise<StoredRequest[]> {
    const rows = await this.openAndFiledSince<RequestRow>(teamRef, since, [
      '*',
    ]);
    return rows.map(toStoredRequest);
  }

  /**
   * A desk's requests filed since `since`, and all its open ones, oldest
   * first. Two queries, each on an index of its own (team and time; team
   * and status), rather than one with OR, which neither index serves.
   */
  private async openAndFiledSince<Row>(
    teamRef: string,
    since: DateTime,
    columns: readonly string[],
  ): Promise<Row[]> {
    const from = toStoredInstant(since);
    const desk = () =>
      this.db<RequestRow>('requests')
        .select([...columns])
        .where({ team_ref: teamRef });
    const [openBefore, recent] = await Promise.all([
      desk()
        .whereIn('status', openStatuses)
        .where('created_at', '<', from)
        .orderBy('created_at'),
      desk().where('created_at', '>=', from).orderBy('created_at'),
    ]);
    return [...openBefore, ...recent] as Row[];
  }

  /**
   * What a report over `from` ≤ t < `to` reads of the desks' requests:
   * those filed in it, and those filed before it that were still open at
   * its start. One query per way to be open at the start (still open,
   * resolved since, closed since), each a range of an index on the desk
   * and that column, rather than one with OR, which no index serves.
   */
  async reportRequests(
    teamRefs: string[],
    from: DateTime,
    to: DateTime,
  ): Promise<ReportRequest[]> {
    const start = toStoredInstant(from);
    const desks = () =>
      this.db<RequestRow>('requests')
        .select([...reportColumns])
        .whereIn('team_ref', teamRefs);
    const filedBefore = () => desks().where('created_at', '<', start);
    const batches = await Promise.all([
      filedBefore().whereIn('status', openStatuses),
      filedBefore().where('resolved_at', '>=', start),
      filedBefore().where('closed_at', '>=', start),
      desks()
        .where('created_at', '>=', start)
        .where('created_at', '<', toStoredInstant(to)),
    ]);
    // A request closed after its resolution comes in more than one batch.
    const byId = new Map(batches.flat().map(row => [row.id, row]));
    return [...byId.values()].map(toReportRequest);
  }

  /** A desk's requests resolved since `since`, oldest first. */
  async resolvedSince(
    teamRef: string,
    since: DateTime,
  ): Promise<StoredRequest[]> {
    const rows = await this.db<RequestRow>('requests')
      .where({ team_ref: teamRef })
      .where('resolved_at', '>=', toStoredInstant(since))
      .orderBy('resolved_at');
    return rows.map(toStoredRequest);
  }

  /** Requests nobody has answered yet, for re-routing at a handoff. */
  async unacknowledged(): Promise<StoredRequest[]> {
    const rows = await this.db<RequestRow>('requests')
      .where({ status: 'new' })
      .whereNull('first_responded_at')
      .orderBy('created_at');
    return rows.map(toStoredRequest);
  }
}
