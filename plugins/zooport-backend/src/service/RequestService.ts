import { ConflictError, InputError } from '@backstage/errors';
import {
  Desk,
  deskFigures,
  DeskOnDuty,
  figuredRequest,
  firstResponseAt,
  firstResponseMilestones,
  ImpactLevel,
  isOpen,
  NewRequestEvent,
  priorityOf,
  RequestActor,
  RequestChange,
  requestEvent,
  RequestEvent,
  RequestPriority,
  RequestResolution,
  resolutionMilestones,
  resumeWaitingRequest,
  SlaSettings,
  StoredRequest,
  storedRequestSla,
  SupportRequest,
  transitionRequest,
  UrgencyLevel,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { toStoredInstant } from '../database/util';
import { EntryStore } from '../database/EntryStore';
import { InTransaction } from '../database/transaction';
import { JiraIssues } from '../jira';
import {
  RequestCursor,
  RequestSelection,
  RequestStore,
} from '../database/RequestStore';
import { DeskService } from './DeskService';
import { queueAnnouncement, RequestNotices } from './RequestNotifier';
import { checkRequestFields, RequestTypeService } from './RequestTypeService';
import { TeamDirectory } from './TeamDirectory';
import {
  NewRequest,
  SubmittedResolution,
  SubmittedTransition,
} from './validation/requests';

/** Impact and urgency that a type's default priority stands for. */
export const levelsOfPriority: Record<
  RequestPriority,
  { impact: ImpactLevel; urgency: UrgencyLevel }
> = {
  urgent: { impact: 'high', urgency: 'high' },
  high: { impact: 'high', urgency: 'medium' },
  medium: { impact: 'medium', urgency: 'medium' },
  low: { impact: 'low', urgency: 'low' },
};

const isoOf = toStoredInstant;

/** Who a new request goes to: primary, else secondary, else the fallback. */
function zooporterAmong({ onDuty }: DeskOnDuty): string | null {
  for (const role of ['primary', 'secondary', 'fallback'] as const) {
    const member = onDuty.find(m => m.role === role);
    if (member) {
      return member.userRef;
    }
  }
  return null;
}

/** Support requests: intake, routing, lifecycle, conversation and SLA clocks. */
export class RequestService {
  constructor(
    private readonly deps: {
      requests: RequestStore;
      entries: EntryStore;
      types: RequestTypeService;
      desks: DeskService;
      teams: TeamDirectory;
      notifier: RequestNotices;
      /** Writes a request with what it announces, all or nothing. */
      inTransaction: InTransaction;
      /** Sends queued notices after the commit, without waiting for them. */
      sendSoon: (noticeIds: number[], now: DateTime) => void;
      atRiskShare: number;
      /** Files bug tickets in Jira; absent when Jira is not configured. */
      jira?: JiraIssues;
    },
  ) {}

  /**
   * The wire shape of a stored request: its SLA clocks at `now` from its
   * stored milestones; the hours of `desk` count the elapsed minutes.
   */
  private wireShape(
    request: StoredRequest,
    desk: Desk,
    now: DateTime,
  ): SupportRequest {
    const {
      idempotencyKey: _key,
      slaTarget: _target,
      resolutionPauses: _pauses,
      firstResponse: _first,
      resolutionMilestones: _resolution,
      ...shown
    } = request;
    // The stored deadlines, which the filters and the SLA sweep use too.
    return { ...shown, sla: storedRequestSla(request, this.slaOf(desk), now) };
  }

  /** The desk assignee now: primary, else secondary, else the fallback. */
  async zooporterOf(teamRef: string, now: DateTime): Promise<string | null> {
    return zooporterAmong(await this.deps.desks.onDuty(teamRef, now));
  }

  async create(
    input: NewRequest,
    requesterRef: string,
    now: DateTime,
    origin?: { linkedRequestIds: string[]; id?: string },
  ): Promise<{ request: SupportRequest; created: boolean }> {
    const { desk, onDuty } = await this.deps.desks.deskOnDuty(
      input.teamRef,
      now,
    );
    const type = await this.deps.types.typeForNewRequest(
      input.teamRef,
      input.typeId,
    );
    const fields = checkRequestFields(type, input.fields);
    const levels =
      input.impact && input.urgency
        ? { impact: input.impact, urgency: input.urgency }
        : levelsOfPriority[type.defaultPriority];
    const priority = priorityOf(levels.impact, levels.urgency);
    const assigneeRef = zooporterAmong(onDuty);
    const slaTarget = type.sla[priority];
    const sla = this.slaOf(desk);
    const filed = { slaTarget, createdAt: isoOf(now) };
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
      firstResponse: firstResponseMilestones(filed, sla),
      resolutionMilestones: resolutionMilestones(
        { ...filed, resolutionPauses: [] },
        sla,
      ),
      revision: 1,
    };
    const events: NewRequestEvent[] = [
      requestEvent('created', requesterRef, now, { typeId: type.id, priority }),
    ];
    if (assigneeRef) {
      events.push(
        requestEvent('assigned', requesterRef, now, { to: assigneeRef }),
      );
    }
    const announcement = await this.deps.notifier.filed(stored, desk, now);
    const { result, noticeIds } = await this.deps.inTransaction(
      async stores => {
        const written = await stores.requests.createRequest(stored, events);
        return {
          result: written,
          noticeIds: written.created
            ? await queueAnnouncement(stores, stored.id, announcement, now)
            : [],
        };
      },
    );
    this.deps.sendSoon(noticeIds, now);
    return {
      request: this.wireShape(result.request, desk, now),
      created: result.created,
    };
  }

  /** What the SLA clocks of a request at `desk` count over. */
  private slaOf(desk: Desk): SlaSettings {
    return { hours: desk.hours, atRiskShare: this.deps.atRiskShare };
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
        requests.map(request => figuredRequest(request, this.slaOf(desk), now)),
        isoOf(since),
      ),
    };
  }

  /**
   * A desk's open requests and those filed since `since`, oldest first,
   * with their SLA clocks at `now`: what its daily digest lists.
   */
  async openOrFiledSince(
    desk: Desk,
    since: DateTime,
    now: DateTime,
  ): Promise<SupportRequest[]> {
    const requests = await this.deps.requests.openOrFiledSince(
      desk.teamRef,
      since,
    );
    return requests.map(request => this.wireShape(request, desk, now));
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
    filter: RequestSelection,
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
    change: SubmittedTransition,
    actor: RequestActor,
    now: DateTime,
  ): Promise<SupportRequest> {
    const previous = await this.deps.requests.getRequest(id);
    const desk = await this.deps.desks.getDesk(previous.teamRef);
    const redirectTo =
      change.action === 'resolve' ? change.resolution?.redirectTo : undefined;
    const redirectedTo = redirectTo
      ? { teamRef: redirectTo.teamRef, requestId: randomUUID() }
      : null;
    const outcome = transitionRequest(
      previous,
      requestChange(change, redirectedTo),
      actor,
      now,
      this.slaOf(desk),
    );
    if (!outcome.allowed) {
      throw new ConflictError(outcome.reason);
    }
    const redirect =
      change.action === 'resolve'
        ? await this.checkResolution(change.resolution!, previous, now)
        : undefined;
    const filesJiraIssue =
      change.action === 'resolve' &&
      (await this.filesJiraIssue(change.resolution!, previous));

    const written = filesJiraIssue
      ? await this.deps.jira!.resolveWithIssue(
          previous,
          outcome.request,
          outcome.events,
          now,
        )
      : await this.deps.requests.updateRequest(
          previous,
          outcome.request,
          outcome.events,
        );
    if (written.resolution?.category === 'faq_entry') {
      await this.deps.entries.countAnsweredRequest(written.resolution.entryId!);
    }
    if (redirect && redirectedTo) {
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
        { id: redirectedTo.requestId, linkedRequestIds: [previous.id] },
      );
    }
    await this.deps.notifier.statusChanged(written, actor.userRef, change.note);
    return this.wireShape(written, desk, now);
  }

  /**
   * Checks what a resolution refers to: the desk and type of a redirect
   * (returned), the knowledge-base entry and the duplicated request.
   */
  private async checkResolution(
    resolution: SubmittedResolution,
    request: StoredRequest,
    now: DateTime,
  ) {
    const { redirectTo, duplicateOf, entryId } = resolution;
    const redirect = redirectTo
      ? await this.redirectTarget(redirectTo, request, now)
      : undefined;
    if (entryId) {
      await this.deps.entries.getEntry(entryId, now).catch(() => {
        throw new InputError(
          `resolution.entryId: there is no knowledge-base entry ${entryId}`,
        );
      });
    }
    if (duplicateOf === request.id) {
      throw new InputError(
        'resolution.duplicateOf: a request is not a duplicate of itself',
      );
    }
    if (duplicateOf) {
      await this.deps.requests.getRequest(duplicateOf).catch(() => {
        throw new InputError(
          `resolution.duplicateOf: there is no request ${duplicateOf}`,
        );
      });
    }
    return redirect;
  }

  /**
   * Whether resolving files a Jira issue: a bug ticket without a pasted URL
   * at a desk or type that names a Jira project. Without one, the URL is
   * required.
   */
  private async filesJiraIssue(
    resolution: SubmittedResolution,
    request: StoredRequest,
  ): Promise<boolean> {
    if (resolution.category !== 'bug_ticket_created' || resolution.url) {
      return false;
    }
    if (this.deps.jira && (await this.deps.jira.projectOf(request))) {
      return true;
    }
    throw new InputError(
      'resolution.url: is required for bug_ticket_created: the ticket',
    );
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
          .typeForNewRequest(redirectTo.teamRef, redirectTo.typeId)
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
    actor: RequestActor,
    now: DateTime,
  ): Promise<RequestEvent[]> {
    const previous = await this.deps.requests.getRequest(id);
    if (previous.status === 'closed') {
      throw new ConflictError('The request is closed; open a new one');
    }
    let next: StoredRequest = { ...previous, updatedAt: isoOf(now) };
    const events: NewRequestEvent[] = [
      {
        ...requestEvent('comment', actor.userRef, now, {}),
        body: comment.body,
        internal: comment.internal,
      },
    ];
    const answersRequester =
      actor.asDesk && actor.userRef !== previous.requesterRef;
    if (answersRequester && !comment.internal && !previous.firstRespondedAt) {
      const desk = await this.deps.desks.getDesk(previous.teamRef);
      Object.assign(next, firstResponseAt(previous, now, this.slaOf(desk)));
    }
    // The requester's answer puts a waiting request back in the desk's hands.
    if (
      actor.userRef === previous.requesterRef &&
      !comment.internal &&
      previous.status === 'waiting_for_requester'
    ) {
      const desk = await this.deps.desks.getDesk(previous.teamRef);
      const resumed = resumeWaitingRequest(
        next,
        actor.userRef,
        now,
        this.slaOf(desk),
      );
      next = resumed.request;
      events.push(resumed.event);
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
    const previous = await this.openRequest(
      id,
      status =>
        `A request that is ${status} cannot be escalated; reopen it first`,
    );
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
          ...requestEvent('escalated', actorRef, now, { notified: contacts }),
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
          ...requestEvent('approval', actorRef, now, {
            decision: decision.decision,
          }),
          body: decision.note ?? null,
        },
      ],
    );
    await this.deps.notifier.approvalDecided(written, actorRef);
    return this.wireShape(written, desk, now);
  }

  /**
   * Gives an open request to a member of the desk's team (someone takes it
   * or hands it on) or to nobody, with a history line; the new assignee
   * hears of it unless they did it themselves.
   */
  async assign(
    id: string,
    assigneeRef: string | null,
    actorRef: string,
    now: DateTime,
  ): Promise<SupportRequest> {
    const previous = await this.openRequest(
      id,
      status => `The request is ${status}; only open requests change hands`,
    );
    if (assigneeRef) {
      const team = await this.deps.teams.getTeam(previous.teamRef);
      if (!team || !this.deps.teams.membersOf(team).has(assigneeRef)) {
        throw new InputError(
          `assigneeRef: ${assigneeRef} is not a member of the desk's team`,
        );
      }
    }
    const desk = await this.deps.desks.getDesk(previous.teamRef);
    if (previous.assigneeRef === assigneeRef) {
      return this.wireShape(previous, desk, now);
    }
    const reason = assignmentReason(assigneeRef, actorRef);
    const written = await this.writeAssignment(
      previous,
      assigneeRef,
      { actorRef, reason },
      now,
      desk,
    );
    return this.wireShape(written, desk, now);
  }

  /** The request if it is open; else a 409 that says, with its status, why not. */
  private async openRequest(
    id: string,
    refusal: (status: string) => string,
  ): Promise<StoredRequest> {
    const request = await this.deps.requests.getRequest(id);
    if (!isOpen(request.status)) {
      throw new ConflictError(refusal(request.status.replace(/_/g, ' ')));
    }
    return request;
  }

  /** Hands a request to someone else (a handoff), with a history line. */
  async reassign(
    request: StoredRequest,
    assigneeRef: string,
    now: DateTime,
    actorRef: string,
  ): Promise<void> {
    const desk = await this.deps.desks.getDesk(request.teamRef);
    await this.writeAssignment(
      request,
      assigneeRef,
      { actorRef, reason: 'handoff' },
      now,
      desk,
    );
  }

  private async writeAssignment(
    request: StoredRequest,
    assigneeRef: string | null,
    by: { actorRef: string; reason: string },
    now: DateTime,
    desk: Desk,
  ): Promise<StoredRequest> {
    const written = await this.deps.requests.updateRequest(
      request,
      { ...request, assigneeRef, updatedAt: isoOf(now) },
      [
        requestEvent('assigned', by.actorRef, now, {
          from: request.assigneeRef,
          to: assigneeRef,
          reason: by.reason,
        }),
      ],
    );
    await this.deps.notifier.assigned(
      written,
      desk,
      by.actorRef,
      by.reason === 'handoff',
    );
    return written;
  }
}

/** How an assignment by hand reads in the history. */
function assignmentReason(assigneeRef: string | null, actorRef: string) {
  if (!assigneeRef) {
    return 'released';
  }
  return assigneeRef === actorRef ? 'taken' : 'handed';
}

/** The pure form of a transition: a resolution's redirect already given its request. */
function requestChange(
  change: SubmittedTransition,
  redirectedTo: RequestResolution['redirectedTo'],
): RequestChange {
  if (change.action !== 'resolve') {
    return { action: change.action, note: change.note };
  }
  const {
    redirectTo: _redirectTo,
    duplicateOf,
    ...resolution
  } = change.resolution!;
  return {
    action: 'resolve',
    resolution: { ...resolution, redirectedTo },
    duplicateOf,
    note: change.note,
  };
}
