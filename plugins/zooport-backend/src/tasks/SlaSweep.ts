import { LoggerService } from '@backstage/backend-plugin-api';
import { StoredRequest } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { toStoredInstant } from '../database/util';
import { RequestStore, SlaMilestone } from '../database/RequestStore';
import { InTransaction } from '../database/transaction';
import { DeskService } from '../service/DeskService';
import { RequestNotifier, webhookPayload } from '../service/RequestNotifier';
import { RequestService } from '../service/RequestService';
import { NoticeOutbox } from './NoticeOutbox';

const milestones: {
  milestone: SlaMilestone;
  clock: string;
  breach: boolean;
}[] = [
  { milestone: 'first_response_warn', clock: 'first response', breach: false },
  { milestone: 'first_response_breach', clock: 'first response', breach: true },
  { milestone: 'resolution_warn', clock: 'resolution', breach: false },
  { milestone: 'resolution_breach', clock: 'resolution', breach: true },
];

/**
 * Warns the assignee before an SLA clock breaches, and escalates when it
 * does: to the assignee, the rest of the people on duty, the fallback and
 * the team lead.
 *
 * Each milestone's claim, its history line and its notice (in the notice
 * outbox) commit in one transaction, so that whichever replica runs the
 * sweep, and wherever it dies, a milestone has exactly one history line.
 * Notices are sent from the outbox after the commit and retried until they
 * are marked sent: at least once.
 */
export class SlaSweep {
  constructor(
    private readonly deps: {
      requests: RequestStore;
      outbox: NoticeOutbox;
      inTransaction: InTransaction;
      requestService: RequestService;
      desks: DeskService;
      notifier: RequestNotifier;
      logger: LoggerService;
    },
  ) {}

  async run(now: DateTime): Promise<number> {
    let announced = 0;
    for (const { milestone, clock, breach } of milestones) {
      for (const request of await this.deps.requests.dueMilestones(
        milestone,
        now,
      )) {
        let noticeId: number | undefined;
        try {
          noticeId = await this.record(request, milestone, clock, breach, now);
        } catch (error) {
          // Rolled back, claim included: the next sweep records it.
          this.deps.logger.warn(
            `Could not record ${milestone} of request ${request.id}`,
            { error: String(error) },
          );
          continue;
        }
        if (noticeId === undefined) {
          continue;
        }
        announced += 1;
        await this.deps.outbox.sendDue(now, [noticeId]);
      }
    }
    // Notices (SLA notices, digests, filed requests') whose earlier
    // attempts failed, or whose sender died.
    await this.deps.outbox.sendDue(now);
    if (announced > 0) {
      this.deps.logger.info(`Announced ${announced} SLA warnings and breaches`);
    }
    return announced;
  }

  /**
   * Claims a milestone and writes its history line and its notice, all or
   * nothing. Returns the notice's id, or undefined when another sweep
   * claimed the milestone first.
   */
  private async record(
    request: StoredRequest,
    milestone: SlaMilestone,
    clock: string,
    breach: boolean,
    now: DateTime,
  ): Promise<number | undefined> {
    // Read outside the transaction: the catalog may be slow, and a
    // transaction should hold its locks only for its writes.
    const desk = await this.deps.desks.getDesk(request.teamRef);
    const notice = breach
      ? this.deps.notifier.slaBreached(request, desk, clock, [
          request.assigneeRef ?? '',
          ...(await this.deps.requestService.escalationContacts(request, now)),
        ])
      : this.deps.notifier.slaWarning(request, desk, clock);
    return this.deps.inTransaction(async stores => {
      if (!(await stores.requests.claimMilestone(request.id, milestone, now))) {
        return undefined;
      }
      await stores.requests.addEvent(request.id, {
        kind: breach ? 'sla_breach' : 'sla_warning',
        actorRef: 'zooport',
        at: toStoredInstant(now),
        body: null,
        internal: false,
        details: { clock },
      });
      if (breach) {
        await stores.webhooks.enqueue(
          desk.teamRef,
          'request.breached',
          webhookPayload('request.breached', request, desk, now),
          now,
        );
      }
      return stores.notices.enqueue(request.id, milestone, notice, now);
    });
  }
}
