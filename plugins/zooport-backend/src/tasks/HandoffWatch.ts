import { LoggerService } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { DateTime } from 'luxon';
import { ReminderStore } from '../database/ReminderStore';
import { RequestStore } from '../database/RequestStore';
import { DeskService } from '../service/DeskService';
import { RequestNotifier } from '../service/RequestNotifier';
import { RequestService } from '../service/RequestService';

/** How long before a shift its people are reminded. */
const REMINDER_HOURS_AHEAD = 24;

/**
 * Follows the handoffs: reminds the next people on duty (and the observers
 * who shadow them) the day before their shift, and hands requests nobody
 * has answered yet to whoever is on duty now.
 */
export class HandoffWatch {
  constructor(
    private readonly deps: {
      requests: RequestStore;
      requestService: RequestService;
      desks: DeskService;
      reminders: ReminderStore;
      notifier: RequestNotifier;
      logger: LoggerService;
      rerouteOnHandoff: boolean;
    },
  ) {}

  async run(now: DateTime): Promise<void> {
    await this.remind(now);
    if (this.deps.rerouteOnHandoff) {
      await this.reroute(now);
    }
  }

  private async remind(now: DateTime) {
    const horizon = now.plus({ hours: REMINDER_HOURS_AHEAD });
    // Every desk in two queries.
    for (const desk of await this.deps.desks.onDutyAtEveryDesk(now)) {
      const { next, observers } = desk;
      if (!next || DateTime.fromISO(next.start) > horizon) {
        continue;
      }
      const people = [
        ...next.onDuty.map(m => ({
          userRef: m.userRef,
          role: 'on duty' as const,
        })),
        ...observers.map(userRef => ({ userRef, role: 'observer' as const })),
      ];
      for (const { userRef, role } of people) {
        const key = `handoff|${desk.teamRef}|${next.start}|${userRef}`;
        if (await this.deps.reminders.claim(key, now)) {
          await this.deps.notifier.handoffAhead(
            userRef,
            desk,
            next.start,
            role,
          );
        }
      }
    }
  }

  private async reroute(now: DateTime) {
    const zooporters = new Map<string, Promise<string | null>>();
    for (const request of await this.deps.requests.unacknowledged()) {
      if (!zooporters.has(request.teamRef)) {
        zooporters.set(
          request.teamRef,
          this.deps.requestService.zooporterOf(request.teamRef, now),
        );
      }
      const zooporter = await zooporters.get(request.teamRef);
      if (!zooporter || zooporter === request.assigneeRef) {
        continue;
      }
      try {
        await this.deps.requestService.reassign(
          request,
          zooporter,
          now,
          'zooport',
        );
      } catch (error) {
        // Someone acted on it meanwhile; it is theirs, leave it.
        if (!(error instanceof ConflictError)) {
          throw error;
        }
      }
    }
  }
}
