import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  Desk,
  resolutionLabels,
  StoredRequest,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { Notice, NoticePayload } from '../database/NoticeStore';
import { TransactionStores } from '../database/transaction';
import { deskLocalTime } from './deskLocalTime';
import { DisplayNames } from './TeamDirectory';

const TOPIC = 'Zooport';

/** The desk's animal as a notice names it, e.g. "🐢 turtle". */
export function animalOf(desk: Pick<Desk, 'animal'>) {
  return [desk.animal.emoji, desk.animal.name].filter(Boolean).join(' ');
}

/**
 * Text from people (titles, reasons, animal names) as one line of plain
 * text: the notifications UI shows title and description as text, and a
 * line break or another control character would break the title, the
 * e-mail subject or the signal it is sent in. Line breaks and tabs become
 * spaces, runs of white space one space; other control characters go.
 */
export function noticeText(text: string): string {
  return (
    text
      .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex -- finding them is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** How long a desk's note may run in a notice before it is cut. */
const noteInNoticeLength = 300;

/** The start of a note from the desk, as one line for a notice. */
function noteInNotice(note: string | null | undefined): string {
  const line = noticeText(note ?? '');
  return line.length > noteInNoticeLength
    ? `${line.slice(0, noteInNoticeLength - 1)}…`
    : line;
}

/**
 * What the requester reads after the status in a notice: how a resolved
 * request was resolved with the desk's note, or the question a waiting one
 * waits on, so that the answer or the question is in the notice itself.
 */
function whatTheDeskSays(request: StoredRequest, note?: string): string {
  const resolution = request.resolution;
  if (request.status === 'resolved' && resolution) {
    const said = noteInNotice(resolution.note);
    return `. ${resolutionLabels[resolution.category]}${
      said ? `: ${said}` : ''
    }`;
  }
  const said = noteInNotice(note);
  return request.status === 'waiting_for_requester' && said
    ? `. They ask: ${said}`
    : '';
}

/** Where a request is shown in the portal. */
export const requestLink = (id: string) => `/zooport/requests/${id}`;

/** The JSON a desk's webhook receives about a request. */
export function webhookPayload(
  event: string,
  request: StoredRequest,
  desk: Desk,
  at: DateTime,
) {
  return {
    event,
    at: at.toISO(),
    desk: { teamRef: desk.teamRef, animal: desk.animal.name },
    request: {
      id: request.id,
      title: request.title,
      type: request.typeName,
      priority: request.priority,
      status: request.status,
      requesterRef: request.requesterRef,
      assigneeRef: request.assigneeRef,
      firstResponseDueAt: request.firstResponse.dueAt,
      resolutionDueAt: request.resolutionMilestones.dueAt,
      link: requestLink(request.id),
    },
  };
}

/**
 * What a change announces, queued in the transaction that writes it: each
 * notice in the notice outbox under its milestone of the request (one
 * each), each event in its desk's webhook outbox. Both are sent after the
 * commit, so the change never waits on them and none is lost.
 */
export interface Announcement {
  notices: { milestone: string; notice: Notice }[];
  webhooks: { teamRef: string; event: string; payload: unknown }[];
}

/** Queues an announcement about a request; answers its notices' ids. */
export async function queueAnnouncement(
  stores: Pick<TransactionStores, 'notices' | 'webhooks'>,
  requestId: string,
  announcement: Announcement,
  now: DateTime,
): Promise<number[]> {
  const ids: number[] = [];
  for (const { milestone, notice } of announcement.notices) {
    ids.push(await stores.notices.enqueue(requestId, milestone, notice, now));
  }
  for (const { teamRef, event, payload } of announcement.webhooks) {
    await stores.webhooks.enqueue(teamRef, event, payload, now);
  }
  return ids;
}

/** What the request service tells people as requests change. */
export type RequestNotices = Pick<
  RequestNotifier,
  | 'filed'
  | 'approvalDecided'
  | 'assigned'
  | 'statusChanged'
  | 'commented'
  | 'escalated'
>;

/** Tells nobody anything: for history written after the fact. */
export const silentNotices: RequestNotices = {
  filed: async () => ({ notices: [], webhooks: [] }),
  approvalDecided: async () => {},
  assigned: async () => {},
  statusChanged: async () => {},
  commented: async () => {},
  escalated: async () => {},
};

/**
 * Tells people about requests through Backstage notifications, and says
 * what filing one announces (see `Announcement`). A notice sent straight
 * away that cannot be sent is logged; it never fails the change that
 * caused it.
 */
export class RequestNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
    private readonly people: DisplayNames,
  ) {}

  /** The display name of one person, for a notice. */
  private async nameOf(userRef: string): Promise<string> {
    return (await this.people.displayNames([userRef]))(userRef);
  }

  private async send(
    recipients: (string | null | undefined)[],
    notice: NoticePayload,
    exclude?: string,
  ) {
    try {
      await this.deliver({
        recipients: recipients
          .filter((r): r is string => Boolean(r))
          .filter(ref => ref !== exclude),
        payload: notice,
      });
    } catch (error) {
      this.logger.warn(`Could not send the notification "${notice.title}"`, {
        error: String(error),
      });
    }
  }

  /**
   * Sends a notice, throwing when the notifications service fails, so that
   * a caller with an outbox can try again.
   */
  async deliver(notice: Notice): Promise<void> {
    const entityRef = [...new Set(notice.recipients.filter(Boolean))];
    if (entityRef.length === 0) {
      return;
    }
    await this.notifications.send({
      recipients: { type: 'entity', entityRef },
      payload: {
        topic: TOPIC,
        ...notice.payload,
        title: noticeText(notice.payload.title),
        description: noticeText(notice.payload.description),
      },
    });
  }

  /**
   * What filing a request announces: a notice to its assignee, one asking
   * the approvers its type names, and the desk's `request.created` event.
   * Built before the request's transaction, as names come from the catalog.
   */
  async filed(
    request: StoredRequest,
    desk: Desk,
    now: DateTime,
  ): Promise<Announcement> {
    const asks = `${await this.nameOf(request.requesterRef)} asks: ${
      request.title
    }`;
    const notices: Announcement['notices'] = [];
    if (request.assigneeRef) {
      notices.push({
        milestone: 'filed',
        notice: {
          recipients: [request.assigneeRef],
          payload: {
            title: `${animalOf(desk)}: new ${request.priority} request`,
            description: asks,
            link: requestLink(request.id),
            severity: request.priority === 'urgent' ? 'critical' : 'normal',
          },
        },
      });
    }
    // The requester is not asked to approve their own request.
    const approvers =
      request.approval?.state === 'pending'
        ? request.approval.approvers.filter(ref => ref !== request.requesterRef)
        : [];
    if (approvers.length > 0) {
      notices.push({
        milestone: 'approval_needed',
        notice: {
          recipients: approvers,
          payload: {
            title: `${animalOf(desk)}: your approval is needed`,
            description: asks,
            link: requestLink(request.id),
          },
        },
      });
    }
    const event = 'request.created';
    return {
      notices,
      webhooks: [
        {
          teamRef: desk.teamRef,
          event,
          payload: webhookPayload(event, request, desk, now),
        },
      ],
    };
  }

  /** Tells the requester and the assignee what the approver decided. */
  async approvalDecided(request: StoredRequest, approverRef: string) {
    const approval = request.approval;
    if (approval?.state !== 'approved' && approval?.state !== 'rejected') {
      return;
    }
    const note = approval.note ? `: ${approval.note}` : '';
    await this.send(
      [request.requesterRef, request.assigneeRef],
      {
        title: `Request ${approval.state}`,
        description: `${request.title} — ${
          approval.state
        } by ${await this.nameOf(approverRef)}${note}`,
        link: requestLink(request.id),
      },
      approverRef,
    );
  }

  async assigned(
    request: StoredRequest,
    desk: Desk,
    actorRef: string,
    atHandoff: boolean,
  ) {
    const how = atHandoff
      ? 'handed over to you as Zooporter'
      : `handed to you by ${await this.nameOf(actorRef)}`;
    await this.send(
      [request.assigneeRef],
      {
        title: `${animalOf(desk)}: a request is yours now`,
        description: `${request.title} (${request.priority}), ${how}.`,
        link: requestLink(request.id),
      },
      actorRef,
    );
  }

  async statusChanged(request: StoredRequest, actorRef: string, note?: string) {
    const verb: Partial<Record<StoredRequest['status'], string>> = {
      acknowledged: 'was acknowledged',
      in_progress: 'is being worked on',
      waiting_for_requester: 'waits for your answer',
      resolved: 'was resolved',
    };
    const said = verb[request.status];
    if (!said) {
      return;
    }
    await this.send(
      [request.requesterRef],
      {
        title: `Your request ${said}`,
        description: `${request.title} — by ${await this.nameOf(
          actorRef,
        )}${whatTheDeskSays(request, note)}`,
        link: requestLink(request.id),
      },
      actorRef,
    );
  }

  async commented(request: StoredRequest, actorRef: string) {
    const towards =
      actorRef === request.requesterRef
        ? request.assigneeRef
        : request.requesterRef;
    await this.send(
      [towards],
      {
        title: `${await this.nameOf(actorRef)} commented`,
        description: request.title,
        link: requestLink(request.id),
      },
      actorRef,
    );
  }

  async escalated(
    request: StoredRequest,
    desk: Desk,
    recipients: string[],
    actorRef: string,
    reason?: string,
  ) {
    await this.send(
      recipients,
      {
        title: `${animalOf(desk)}: request escalated`,
        description: `${await this.nameOf(actorRef)} escalated "${
          request.title
        }"${reason ? `: ${reason.slice(0, 200)}` : ''}`,
        link: requestLink(request.id),
        severity: 'high',
      },
      actorRef,
    );
  }

  /** The notice that a request's clock is at risk, for its assignee. */
  slaWarning(request: StoredRequest, desk: Desk, clock: string): Notice {
    return {
      recipients: [request.assigneeRef ?? ''],
      payload: {
        title: `${animalOf(desk)}: ${clock} due soon`,
        description: `${request.title} (${request.priority}) is at risk of missing its ${clock} target.`,
        link: requestLink(request.id),
        severity: 'high',
      },
    };
  }

  /** The notice that a request's clock breached, for `recipients`. */
  slaBreached(
    request: StoredRequest,
    desk: Desk,
    clock: string,
    recipients: string[],
  ): Notice {
    return {
      recipients,
      payload: {
        title: `${animalOf(desk)}: ${clock} target missed`,
        description: `${request.title} (${request.priority}) breached its ${clock} target.`,
        link: requestLink(request.id),
        severity: 'critical',
      },
    };
  }

  async handoffAhead(
    userRef: string,
    desk: Pick<Desk, 'teamRef' | 'animal'> & { timeZone: string },
    start: string,
    role: 'on duty' | 'observer',
  ) {
    const what = role === 'observer' ? 'shadow the Zooporter' : 'are on duty';
    await this.send([userRef], {
      title: `${animalOf(desk)}: your turn starts soon`,
      description: `You ${what} from ${deskLocalTime(start, desk.timeZone)}.`,
      link: '/zooport',
      scope: `handoff:${desk.teamRef}:${start}`,
    });
  }
}
