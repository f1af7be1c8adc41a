import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_WORKSHOP_CADENCE,
  deskPath,
  deskTimeZone,
  Desk,
  DueReadinessReminder,
  dueReadinessReminder,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { NoticePayload } from '../database/NoticeStore';
import { ReminderStore } from '../database/ReminderStore';
import { InTransaction } from '../database/transaction';
import { WorkshopStore } from '../database/WorkshopStore';
import { animalOf } from '../service/RequestNotifier';
import { TeamDirectory } from '../service/TeamDirectory';
import { digestNoticeSubject } from './DigestSender';
import { NoticeOutbox } from './NoticeOutbox';
import { queueOnce } from './queueOnce';

/** The notifications topic of the workshop reminders, which people route by. */
export const READINESS_TOPIC = 'zooport-readiness';

/** The claim of one desk's reminder of one kind for one period. */
export const readinessReminderKey = (
  teamRef: string,
  due: DueReadinessReminder,
) => `readiness|${due.kind}|${teamRef}|${due.period.toUTC().toISO()}`;

function noticeOf(desk: Desk, due: DueReadinessReminder): NoticePayload {
  const day = due.period.setZone(deskTimeZone(desk)).toFormat('ccc d LLL yyyy');
  return due.kind === 'upcoming'
    ? {
        title: `${animalOf(desk)}: a readiness workshop is due by ${day}`,
        description:
          'Plan it with the team: draw scenarios from the deck and practise.',
        link: deskPath(desk.teamRef),
        topic: READINESS_TOPIC,
      }
    : {
        title: `${animalOf(
          desk,
        )}: no readiness workshop was held within the cadence`,
        description: `A workshop was due by ${day}. Plan one with the team.`,
        link: deskPath(desk.teamRef),
        severity: 'high',
        topic: READINESS_TOPIC,
      };
}

/**
 * Reminds each stored desk of its workshops: the team a week before one is
 * due, and the team's lead (the team, without one) once per cadence that
 * passes without one held. Each reminder is claimed under its period in
 * the transaction that queues its notice, so replicas running at once send
 * it once.
 */
export class ReadinessReminders {
  constructor(
    private readonly deps: {
      desks: Pick<DeskStore, 'listDesks' | 'firstSavedAt'>;
      workshops: Pick<WorkshopStore, 'listCadences' | 'lastHeld'>;
      teams: Pick<TeamDirectory, 'leadOf'>;
      reminders: Pick<ReminderStore, 'claimedAmong'>;
      inTransaction: InTransaction;
      outbox: NoticeOutbox;
      logger: LoggerService;
    },
  ) {}

  /**
   * Sends what is due at `now`; the claims of everything due are read in
   * one query, and a run aborted by the scheduler stops between desks.
   */
  async run(now: DateTime, signal?: AbortSignal): Promise<void> {
    const [desks, firstSaved, cadences, lastHeld] = await Promise.all([
      this.deps.desks.listDesks(),
      this.deps.desks.firstSavedAt(),
      this.deps.workshops.listCadences(),
      this.deps.workshops.lastHeld(now),
    ]);
    const due = desks.flatMap(desk => {
      const since = firstSaved.get(desk.teamRef);
      const held = lastHeld.get(desk.teamRef);
      const reminder =
        since &&
        dueReadinessReminder(
          cadences.get(desk.teamRef) ?? DEFAULT_WORKSHOP_CADENCE,
          held ? DateTime.fromISO(held) : null,
          DateTime.fromISO(since),
          now,
        );
      return reminder
        ? [
            {
              desk,
              reminder,
              key: readinessReminderKey(desk.teamRef, reminder),
            },
          ]
        : [];
    });
    if (due.length === 0) {
      return;
    }
    const claimed = await this.deps.reminders.claimedAmong(
      due.map(({ key }) => key),
    );
    for (const { desk, reminder, key } of due) {
      if (signal?.aborted) {
        return;
      }
      if (!claimed.has(key)) {
        await this.once(desk, reminder, key, now);
      }
    }
  }

  private async once(
    desk: Desk,
    due: DueReadinessReminder,
    key: string,
    now: DateTime,
  ) {
    let lead: string | undefined;
    try {
      lead =
        due.kind === 'overdue'
          ? await this.deps.teams.leadOf(desk.teamRef)
          : undefined;
    } catch (error) {
      this.deps.logger.warn(`Could not prepare ${key}; it is tried again`, {
        error: String(error),
      });
      return;
    }
    await queueOnce(
      this.deps,
      {
        key,
        subject: digestNoticeSubject(desk.teamRef),
        milestone: `workshop-${due.kind}:${due.period.toUTC().toISODate()}`,
        notice: {
          recipients: [lead ?? desk.teamRef],
          payload: noticeOf(desk, due),
        },
      },
      now,
    );
  }
}
