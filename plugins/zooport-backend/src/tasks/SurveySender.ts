import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DEFAULT_SURVEY_SETTINGS,
  Desk,
  deskTimeZone,
  dueSurveyMonth,
  monthsUpTo,
  surveyMonthAt,
  surveyPath,
  surveyQuestion,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { ReminderStore } from '../database/ReminderStore';
import { SurveyStore } from '../database/SurveyStore';
import { InTransaction } from '../database/transaction';
import { animalOf } from '../service/RequestNotifier';
import { SurveyService } from '../service/SurveyService';
import { TeamDirectory } from '../service/TeamDirectory';
import { digestNoticeSubject } from './DigestSender';
import { NoticeOutbox } from './NoticeOutbox';
import { ClaimedNotice, queueOnce } from './queueOnce';

/** The notifications topic of the survey and its drops. */
export const SURVEY_TOPIC = 'zooport-survey';

/** The claim of a desk's survey prompt, or its drop check, of one month. */
export const surveyKey = (
  kind: 'prompt' | 'drop',
  teamRef: string,
  month: string,
) => `survey|${kind}|${teamRef}|${month}`;

/**
 * Sends each stored desk's monthly survey to its team once its day has
 * begun, and, once a month is over, tells the team's lead (the team,
 * without one) when its median dropped. Both are claimed per desk and
 * month in the transaction that queues the notice, so replicas running at
 * once send them once, and a backend that was down on the day sends the
 * prompt late; the drop check is claimed whether or not it found a drop.
 */
export class SurveySender {
  constructor(
    private readonly deps: {
      desks: Pick<DeskStore, 'listDesks'>;
      store: Pick<SurveyStore, 'allSettings'>;
      surveys: Pick<SurveyService, 'figures' | 'teamName'>;
      teams: Pick<TeamDirectory, 'leadOf'>;
      reminders: Pick<ReminderStore, 'claimedAmong'>;
      inTransaction: InTransaction;
      outbox: NoticeOutbox;
      logger: LoggerService;
    },
  ) {}

  async run(now: DateTime, signal?: AbortSignal): Promise<void> {
    const [desks, settings] = await Promise.all([
      this.deps.desks.listDesks(),
      this.deps.store.allSettings(),
    ]);
    const due = desks.flatMap(desk => {
      const zone = deskTimeZone(desk);
      const prompt = dueSurveyMonth(
        settings.get(desk.teamRef) ?? DEFAULT_SURVEY_SETTINGS,
        zone,
        now,
      );
      const [lastMonth] = monthsUpTo(surveyMonthAt(zone, now), 2);
      return [
        ...(prompt ? [{ desk, kind: 'prompt' as const, month: prompt }] : []),
        { desk, kind: 'drop' as const, month: lastMonth },
      ].map(job => ({
        ...job,
        key: surveyKey(job.kind, desk.teamRef, job.month),
      }));
    });
    const claimed = await this.deps.reminders.claimedAmong(
      due.map(({ key }) => key),
    );
    for (const job of due) {
      if (signal?.aborted) {
        return;
      }
      if (!claimed.has(job.key)) {
        await this.once(job, now);
      }
    }
  }

  private async once(
    job: { desk: Desk; kind: 'prompt' | 'drop'; month: string; key: string },
    now: DateTime,
  ) {
    let claim: ClaimedNotice;
    try {
      claim = await this.claimOf(job.desk, job.kind, job.month, job.key);
    } catch (error) {
      this.deps.logger.warn(`Could not prepare ${job.key}; it is tried again`, {
        error: String(error),
      });
      return;
    }
    await queueOnce(this.deps, claim, now);
  }

  private async claimOf(
    desk: Desk,
    kind: 'prompt' | 'drop',
    month: string,
    key: string,
  ): Promise<ClaimedNotice> {
    const base = {
      key,
      subject: digestNoticeSubject(desk.teamRef),
      milestone: `survey-${kind}:${month}`,
    };
    const link = surveyPath(desk.teamRef);
    if (kind === 'prompt') {
      return {
        ...base,
        notice: {
          recipients: [desk.teamRef],
          payload: {
            title: `${animalOf(desk)}: ${surveyQuestion(
              await this.deps.surveys.teamName(desk.teamRef),
            )}`,
            description:
              'Answer in one click, from 1 to 10, with a comment if you like. Answers are anonymous.',
            link,
            topic: SURVEY_TOPIC,
          },
        },
      };
    }
    const [figures] = await this.deps.surveys.figures(desk.teamRef, month, 1);
    if (!figures.drop) {
      return base;
    }
    const lead = await this.deps.teams.leadOf(desk.teamRef);
    return {
      ...base,
      notice: {
        recipients: [lead ?? desk.teamRef],
        payload: {
          title: `${animalOf(desk)}: the team's confidence dropped in ${month}`,
          description: `The median answer to the monthly survey fell to ${figures.median} of 10 (${figures.responses} answers).`,
          link,
          severity: 'high',
          topic: SURVEY_TOPIC,
        },
      },
    };
  }
}
