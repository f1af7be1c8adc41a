import { ConflictError, InputError } from '@backstage/errors';
import {
  Desk,
  deskFigures,
  ImpactLevel,
  isOpen,
  nextStatus,
  priorityOf,
  RequestAction,
  RequestEvent,
  RequestPriority,
  RequestResolution,
  requestSla,
  RequestType,
  SlaPause,
  SupportRequest,
  UrgencyLevel,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { toStoredInstant } from '../database/util';
import { EntryStore } from '../database/EntryStore';
import {
  NewRequestEvent,
  RequestCursor,
  RequestFilter,
  RequestStore,
  StoredRequest,
} from '../database/RequestStore';
import { DeskService } from './DeskService';
import { RequestNotifier } from './RequestNotifier';
import { checkRequestFields, RequestTypeService } from './RequestTypeService';
import { slaMilestones } from './slaMilestones';
import { TeamDirectory } from './TeamDirectory';

/** What a person files; the requester comes from their token. */
export interface NewRequest {
  teamRef: string;
  typeId: string;
  title: string;
  description: string;
  impact?: ImpactLevel;
  urgency?: UrgencyLevel;
  fields: Record<string, string>;
  entityRef?: string | null;
  idempotencyKey?: string;
}

/** A resolution as submitted, before redirects and duplicates are followed. */
export interface ResolutionInput
  extends Omit<RequestResolution, 'redirectedTo'> {
  redirectTo?: { teamRef: string; typeId?: string } | null;
  duplicateOf?: string | null;
}

/** Who acts on a request, and whether they act for its desk. */
export interface Actor {
  userRef: string;
  /** May work on the request (zooport.request.update). */
  asDesk: boolean;
}

/** Impact and urgency that a type's default priority stands for. */
const levelsOfPriority: Record<
  RequestPriority,
  { impact: ImpactLevel; urgency: UrgencyLevel }
> = {
  urgent: { impact: 'high', urgency: 'high' },
  high: { impact: 'high', urgency: 'medium' },
  medium: { impact: 'medium', urgency: 'medium' },
  low: { impact: 'low', urgency: 'low' },
};

/** Actions that answer the requester, and so stop the first-response clock. */
const respondingActions: RequestAction[] = [
  'acknowledge',
  'start',
  'wait_for_requester',
  'resolve',
];

const isoOf = toStoredInstant;

/** Support requests: intake, routing, lifecycle, conversation and SLA clocks. */
export class RequestService {
  constructor(
    private readonly deps: {
      requests: RequestStore;
      entries: EntryStore;
      types: RequestTypeService;
      desks: DeskService;
      teams: TeamDirectory;
      notifier: RequestNotifier;
      atRiskShare: number;
    },
  ) {}

  /** The wire shape of a stored request: its SLA clocks at `now` on `desk`. */
  private wireShape(
    request: StoredRequest,
    desk: Desk,
    now: DateTime,
  ): SupportRequest {
    const {
      idempotencyKey: _key,
      slaTarget,
      resolutionPauses,
      firstResponse: _first,
      resolutionMilestones: _resolution,
      ...shown
    } = request;
    const instant = (value: string | null) =>
      value === null ? null : DateTime.fromISO(value);
    return {
      ...shown,
      sla: requestSla({
        target: slaTarget,
        hours: desk.hours,
        createdAt: DateTime.fromISO(request.createdAt),
        firstRespondedAt: instant(request.firstRespondedAt),
        resolvedAt: instant(request.resolvedAt),
        closedAt: instant(request.closedAt),
        resolutionPauses: pausesOf(request),
        now,
        atRiskShare: this.deps.atRiskShare,
      }),
    };
  }

  /** The desk assignee now: primary, else secondary, else the fallback. */
  async zooporterOf(teamRef: string, now: DateTime): Promise<string | null> {
    const { onDuty } = await this.deps.desks.onDuty(teamRef, now);
    for (const role of ['primary', 'secondary', 'fallback'] as const) {
      const member = onDuty.find(m => m.role === role);
      if (member) {
        return member.userRef;
      }
    }
    return null;
  }

  async create(
    input: NewRequest,
    requesterRef: string,
    now: DateTime,
    origin?: { linkedRequestIds: string[]; id?: string },
  ): Promise<{ request: SupportRequest; created: boolean }> {
    const desk = await this.deps.desks.getDesk(input.teamRef);
    const type = await this.deps.types.typeForNewRequest(
      input.teamRef,
      input.typeId,
      now,
    );
    const fields = checkRequestFields(type, input.fields);
    const levels =
      input.impact && input.urgency
        ? { impact: input.impact, urgency: input.urgency }
        : levelsOfPriority[type.defaultPriority];
    const priority = priorityOf(levels.impact, levels.urgency);
    const assigneeRef = await this.zooporterOf(input.teamRef, now);
    const slaTarget = type.sla[priority];
    const stored: StoredRequest = {
      id: origin?.id ?? randomUUID(),
      teamRef: input.teamRef,
      typeId: type.id,
      typeName: type.name,
      title: input.title,
      description: input.description,
      ...levels,
      priority,
      fields,
      entityRef: input.entityRef ?? null,
      requesterRef,
      assigneeRef,
      status: 'new',
      approval: type.approvers.length
        ? {
            state: 'pending',
            approvers: type.approvers,
            by: null,
            at: null,
            note: null,
          }
        : null,
      resolution: null,
      escalations: 0,
      linkedRequestIds: origin?.linkedRequestIds ?? [],
      idempotencyKey: input.idempotencyKey ?? null,
      slaTarget,
      resolutionPauses: [],
      createdAt: isoOf(now),
      updatedAt: isoOf(now),
      firstRespondedAt: null,
      resolvedAt: null,
      closedAt: null,
      ...this.milestones(slaTarget, desk, now, []),
      revision: 1,
    };
    const events: NewRequestEvent[] = [
      event('created', requesterRef, now, { typeId: type.id, priority }),
    ];
    if (assigneeRef) {
      events.push(event('assigned', requesterRef, now, { to: assigneeRef }));
    }
    const result = await this.deps.requests.createRequest(stored, events);
    if (result.created) {
      await this.deps.notifier.filed(result.request, desk, now);
    }
    return {
      request: this.wireShape(result.request, desk, now),
      created: result.created,
    };
  }

  private milestones(
    target: StoredRequest['slaTarget'],
    desk: Desk,
    createdAt: DateTime,
    pauses: SlaPause[],
  ) {
    const clock = (minutes: number, clockPauses: SlaPause[]) =>
      slaMilestones({
        target: { minutes, clock: target.clock },
        hours: desk.hours,
        startedAt: createdAt,
        pauses: clockPauses,
        atRiskShare: this.deps.atRiskShare,
      });
    return {
      firstResponse: clock(target.firstResponseMinutes, []),
      resolutionMilestones: clock(target.resolutionMinutes, pauses),
    };
  }

  /** A desk's key figures over the last `days` days, and its open requests. */
  async figures(teamRef: string, days: number, now: DateTime) {
    const desk = await this.deps.desks.getDesk(teamRef);
    const since = now.minus({ days });
    const requests = await this.deps.requests.recentAndOpen(teamRef, since);
    return {
      teamRef,
      since: isoOf(since),
      ...deskFigures(
        requests.map(request => this.wireShape(request, desk, now)),
        isoOf(since),
      ),
    };
  }

  /**
   * A request as stored: what permission checks look at before the request
   * is acted on or shown.
   */
  readStored(id: string): Promise<StoredRequest> {
    return this.deps.requests.getRequest(id);
  }

  /**
   * A request read with `readStored` as the API shows it, with its SLA
   * clocks at `now`.
   */
  async withSlaClocks(
    request: StoredRequest,
    now: DateTime,
  ): Promise<SupportRequest> {
    const desk = await this.deps.desks.getDesk(request.teamRef);
    return this.wireShape(request, desk, now);
  }

  history(id: string, internal: boolean): Promise<RequestEvent[]> {
    return this.deps.requests.listEvents(id, { internal });
  }

  async list(
    filter: RequestFilter,
    page: { limit: number; after?: RequestCursor },
    now: DateTime,
  ) {
    const { items, next } = await this.deps.requests.listRequests(filter, {
      ...page,
      now,
    });
    const desks = new Map<string, Promise<Desk>>();
    const deskOf = (teamRef: string) => {
      if (!desks.has(teamRef)) {
        desks.set(teamRef, this.deps.desks.getDesk(teamRef));
      }
      return desks.get(teamRef)!;
    };
    return {
      items: await Promise.all(
        items.map(async request =>
          this.wireShape(request, await deskOf(request.teamRef), now),
        ),
      ),
      next,
    };
  }

  async transition(
    id: string,
    change: {
      action: RequestAction;
      resolution?: ResolutionInput;
      note?: string;
    },
    actor: Actor,
    now: DateTime,
  ): Promise<SupportRequest> {
    const previous = await this.deps.requests.getRequest(id);
    const desk = await this.deps.desks.getDesk(previous.teamRef);
    const status = nextStatus(previous.status, change.action);
    if (!status) {
      throw new ConflictError(
        `A request that is ${previous.status} cannot ${change.action.replace(
          /_/g,
          ' ',
        )}`,
      );
    }
    if (change.action === 'start' && previous.approval?.state === 'pending') {
      throw new ConflictError(
        `The request waits for approval by ${previous.approval.approvers.join(
          ', ',
        )}`,
      );
    }
    if (change.action === 'start' && previous.approval?.state === 'rejected') {
      throw new ConflictError('The request was rejected by its approver');
    }
    const next: StoredRequest = {
      ...previous,
      status,
      updatedAt: isoOf(now),
    };
    const events: NewRequestEvent[] = [
      {
        ...event('transition', actor.userRef, now, {
          action: change.action,
          from: previous.status,
          to: status,
        }),
        body: change.note ?? null,
      },
    ];
    let redirect: { teamRef: string; type: RequestType } | undefined;

    if (
      actor.asDesk &&
      respondingActions.includes(change.action) &&
      !previous.firstRespondedAt
    ) {
      next.firstRespondedAt = isoOf(now);
    }
    if (previous.status === 'waiting_for_requester') {
      next.resolutionPauses = endOpenPause(previous.resolutionPauses, now);
    }
    if (status === 'waiting_for_requester') {
      next.resolutionPauses = [
        ...next.resolutionPauses,
        { start: isoOf(now), end: null },
      ];
    }
    if (change.action === 'resolve') {
      const { redirectTo, duplicateOf, ...resolution } = change.resolution!;
      next.resolvedAt = isoOf(now);
      next.resolution = { ...resolution, redirectedTo: null };
      if (redirectTo) {
        redirect = await this.redirectTarget(redirectTo, previous, now);
        const requestId = randomUUID();
        next.resolution.redirectedTo = {
          teamRef: redirectTo.teamRef,
          requestId,
        };
        next.linkedRequestIds = [...next.linkedRequestIds, requestId];
      }
      if (resolution.entryId) {
        await this.deps.entries.getEntry(resolution.entryId, now).catch(() => {
          throw new InputError(
            `resolution.entryId: there is no knowledge-base entry ${resolution.entryId}`,
          );
        });
      }
      if (duplicateOf) {
        await this.deps.requests.getRequest(duplicateOf).catch(() => {
          throw new InputError(
            `resolution.duplicateOf: there is no request ${duplicateOf}`,
          );
        });
        next.linkedRequestIds = [...next.linkedRequestIds, duplicateOf];
      }
    }
    if (change.action === 'reopen') {
      // The time spent resolved did not count against the desk.
      next.resolutionPauses = [
        ...next.resolutionPauses,
        { start: previous.resolvedAt ?? isoOf(now), end: isoOf(now) },
      ];
      next.resolvedAt = null;
      next.resolution = null;
    }
    if (change.action === 'close') {
      next.closedAt = isoOf(now);
    }
    next.resolutionMilestones = this.milestones(
      previous.slaTarget,
      desk,
      DateTime.fromISO(previous.createdAt),
      pausesOf(next),
    ).resolutionMilestones;

    const written = await this.deps.requests.updateRequest(
      previous,
      next,
      events,
    );
    if (written.resolution?.category === 'faq_entry') {
      await this.deps.entries.countAnsweredRequest(written.resolution.entryId!);
    }
    if (redirect) {
      await this.create(
        {
          teamRef: redirect.teamRef,
          typeId: redirect.type.id,
          title: previous.title,
          description: previous.description,
          impact: previous.impact,
          urgency: previous.urgency,
          fields: {},
          entityRef: previous.entityRef,
        },
        previous.requesterRef,
        now,
        {
          id: written.resolution!.redirectedTo!.requestId,
          linkedRequestIds: [previous.id],
        },
      );
    }
    await this.deps.notifier.statusChanged(written, actor.userRef);
    return this.wireShape(written, desk, now);
  }

  private async redirectTarget(
    redirectTo: { teamRef: string; typeId?: string },
    request: StoredRequest,
    now: DateTime,
  ) {
    if (redirectTo.teamRef === request.teamRef) {
      throw new InputError(
        'resolution.redirectTo.teamRef: redirect to another desk',
      );
    }
    const type = redirectTo.typeId
      ? await this.deps.types
          .typeForNewRequest(redirectTo.teamRef, redirectTo.typeId, now)
          .catch(error => {
            throw new InputError(
              `resolution.redirectTo.typeId: ${error.message}`,
            );
          })
      : await this.deps.types.defaultTypeOf(redirectTo.teamRef, now);
    return { teamRef: redirectTo.teamRef, type };
  }

  async comment(
    id: string,
    comment: { body: string; internal: boolean },
    actor: Actor,
    now: DateTime,
  ): Promise<RequestEvent[]> {
    const previous = await this.deps.requests.getRequest(id);
    if (previous.status === 'closed') {
      throw new ConflictError('The request is closed; open a new one');
    }
    const next: StoredRequest = { ...previous, updatedAt: isoOf(now) };
    const events: NewRequestEvent[] = [
      {
        ...event('comment', actor.userRef, now, {}),
        body: comment.body,
        internal: comment.internal,
      },
    ];
    const answersRequester =
      actor.asDesk && actor.userRef !== previous.requesterRef;
    if (answersRequester && !comment.internal && !previous.firstRespondedAt) {
      next.firstRespondedAt = isoOf(now);
    }
    // The requester's answer puts a waiting request back in the desk's hands.
    if (
      actor.userRef === previous.requesterRef &&
      !comment.internal &&
      previous.status === 'waiting_for_requester'
    ) {
      const desk = await this.deps.desks.getDesk(previous.teamRef);
      next.status = 'in_progress';
      next.resolutionPauses = endOpenPause(previous.resolutionPauses, now);
      next.resolutionMilestones = this.milestones(
        previous.slaTarget,
        desk,
        DateTime.fromISO(previous.createdAt),
        pausesOf(next),
      ).resolutionMilestones;
      events.push(
        event('transition', actor.userRef, now, {
          action: 'start',
          from: previous.status,
          to: 'in_progress',
        }),
      );
    }
    const written = await this.deps.requests.updateRequest(
      previous,
      next,
      events,
    );
    if (!comment.internal) {
      await this.deps.notifier.commented(written, actor.userRef);
    }
    return this.history(id, comment.internal);
  }

  /** Who hears of an escalation or breach besides the assignee. */
  async escalationContacts(request: StoredRequest, now: DateTime) {
    const [{ onDuty }, lead, desk] = await Promise.all([
      this.deps.desks.onDuty(request.teamRef, now),
      this.deps.teams.leadOf(request.teamRef),
      this.deps.desks.getDesk(request.teamRef),
    ]);
    return [
      ...onDuty
        .filter(m => m.role !== 'primary' || m.userRef !== request.assigneeRef)
        .map(m => m.userRef),
      desk.rotation?.fallback,
      lead,
    ].filter((ref): ref is string => Boolean(ref));
  }

  async escalate(
    id: string,
    reason: string | undefined,
    actorRef: string,
    now: DateTime,
  ): Promise<SupportRequest> {
    const previous = await this.deps.requests.getRequest(id);
    if (!isOpen(previous.status)) {
      throw new ConflictError(
        `A request that is ${previous.status} cannot be escalated; reopen it first`,
      );
    }
    const desk = await this.deps.desks.getDesk(previous.teamRef);
    const contacts = await this.escalationContacts(previous, now);
    const written = await this.deps.requests.updateRequest(
      previous,
      {
        ...previous,
        escalations: previous.escalations + 1,
        updatedAt: isoOf(now),
      },
      [
        {
          ...event('escalated', actorRef, now, { notified: contacts }),
          body: reason ?? null,
        },
      ],
    );
    await this.deps.notifier.escalated(
      written,
      desk,
      [...contacts, written.assigneeRef ?? ''],
      actorRef,
      reason,
    );
    return this.wireShape(written, desk, now);
  }

  async decideApproval(
    id: string,
    decision: { decision: 'approved' | 'rejected'; note?: string },
    actorRef: string,
    now: DateTime,
  ): Promise<SupportRequest> {
    const previous = await this.deps.requests.getRequest(id);
    if (previous.approval?.state !== 'pending') {
      throw new ConflictError(
        previous.approval
          ? `The request was already ${previous.approval.state}`
          : 'The request needs no approval',
      );
    }
    const desk = await this.deps.desks.getDesk(previous.teamRef);
    const written = await this.deps.requests.updateRequest(
      previous,
      {
        ...previous,
        approval: {
          ...previous.approval,
          state: decision.decision,
          by: actorRef,
          at: isoOf(now),
          note: decision.note ?? null,
        },
        updatedAt: isoOf(now),
      },
      [
        {
          ...event('approval', actorRef, now, { decision: decision.decision }),
          body: decision.note ?? null,
        },
      ],
    );
    await this.deps.notifier.commented(written, actorRef);
    return this.wireShape(written, desk, now);
  }

  /** Hands a request to someone else (a handoff), with a history line. */
  async reassign(
    request: StoredRequest,
    assigneeRef: string,
    now: DateTime,
    actorRef: string,
  ): Promise<void> {
    const desk = await this.deps.desks.getDesk(request.teamRef);
    const written = await this.deps.requests.updateRequest(
      request,
      { ...request, assigneeRef, updatedAt: isoOf(now) },
      [
        event('assigned', actorRef, now, {
          from: request.assigneeRef,
          to: assigneeRef,
          reason: 'handoff',
        }),
      ],
    );
    await this.deps.notifier.assigned(written, desk, actorRef);
  }
}

function event(
  kind: RequestEvent['kind'],
  actorRef: string,
  at: DateTime,
  details: Record<string, unknown>,
): NewRequestEvent {
  return {
    kind,
    actorRef,
    at: isoOf(at),
    body: null,
    internal: false,
    details,
  };
}

function pausesOf(request: StoredRequest): SlaPause[] {
  return request.resolutionPauses.map(pause => ({
    start: DateTime.fromISO(pause.start),
    end: pause.end === null ? null : DateTime.fromISO(pause.end),
  }));
}

function endOpenPause(
  pauses: StoredRequest['resolutionPauses'],
  now: DateTime,
): StoredRequest['resolutionPauses'] {
  return pauses.map(pause =>
    pause.end === null ? { ...pause, end: isoOf(now) } : pause,
  );
}
