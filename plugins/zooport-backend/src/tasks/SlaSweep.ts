import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { toStoredInstant } from '../database/util';
import { RequestStore, SlaMilestone } from '../database/RequestStore';
import { DeskService } from '../service/DeskService';
import { RequestNotifier } from '../service/RequestNotifier';
import { RequestService } from '../service/RequestService';

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
 * the team lead. Each warning and escalation goes out once, whichever
 * replica runs the sweep.
 */
export class SlaSweep {
  constructor(
    private readonly deps: {
      requests: RequestStore;
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
        if (
          !(await this.deps.requests.claimMilestone(request.id, milestone, now))
        ) {
          continue;
        }
        announced += 1;
        const desk = await this.deps.desks.getDesk(request.teamRef);
        await this.deps.requests.addEvent(request.id, {
          kind: breach ? 'sla_breach' : 'sla_warning',
          actorRef: 'zooport',
          at: toStoredInstant(now),
          body: null,
          internal: false,
          details: { clock },
        });
        if (breach) {
          const contacts = await this.deps.requestService.escalationContacts(
            request,
            now,
          );
          await this.deps.notifier.slaBreached(
            request,
            desk,
            clock,
            [request.assigneeRef ?? '', ...contacts],
            now,
          );
        } else {
          await this.deps.notifier.slaWarning(request, desk, clock);
        }
      }
    }
    if (announced > 0) {
      this.deps.logger.info(`Announced ${announced} SLA warnings and breaches`);
    }
    return announced;
  }
}
