import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DailyDigest,
  Desk,
  DigestPeriod,
  digestSettingsOf,
  isStillSendable,
  latestDailyDigest,
  latestWeeklyReport,
  WeeklyReport,
} from '@zooport/plugin-zooport-common';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { Notice, NoticePayload } from '../database/NoticeStore';
import { ReminderStore } from '../database/ReminderStore';
import { InTransaction } from '../database/transaction';
import {
  dailyNotice,
  digestWebhookPayload,
  weeklyNotice,
} from '../service/DigestNotifier';
import { DeskService } from '../service/DeskService';
import { DigestService } from '../service/DigestService';
import { NoticeOutbox } from './NoticeOutbox';

/** The claim of one desk's daily digest of one local day. */
export const dailyKey = (desk: Desk, period: DigestPeriod) =>
  `digest|daily|${desk.teamRef}|${period.date.toISODate()}`;

/** The claim of one desk's weekly report due on one local day. */
export const weeklyKey = (desk: Desk, period: DigestPeriod) =>
  `digest|weekly|${desk.teamRef}|${period.date.toISODate()}`;

/**
 * The subject of a desk's digests in the notice outbox, in place of a
 * request's id (36 characters): `desk:` and the start of its ref's SHA-256.
 */
export const digestNoticeSubject = (teamRef: string) =>
  `desk:${createHash('sha256').update(teamRef).digest('hex').slice(0, 31)}`;

type DigestKind = 'daily' | 'weekly';

/** A digest as it is sent: its notice and its webhook event. */
interface DigestMessage {
  notice: Notice;
  event: `digest.${DigestKind}`;
  payload: ReturnType<typeof digestWebhookPayload>;
}

function messageOf(
  digest: DailyDigest | WeeklyReport,
  payload: NoticePayload,
  kind: DigestKind,
  now: DateTime,
): DigestMessage {
  const event = `digest.${kind}` as const;
  return {
    notice: { recipients: digest.recipients, payload },
    event,
    payload: digestWebhookPayload(event, digest, now),
  };
}

/**
 * Sends each stored desk's daily digest and weekly report once per period:
 * the latest period due, claimed under a key of the desk and its local day.
 * The claim, the notice (in the notice outbox) and the webhook event commit
 * in one transaction, so that replicas running at once, or a backend back
 * after being down, send it once, and a sender that dies after the commit
 * leaves the notice to the outbox, which sends it until it is marked sent.
 */
export class DigestSender {
  constructor(
    private readonly deps: {
      desks: DeskService;
      digests: DigestService;
      reminders: ReminderStore;
      inTransaction: InTransaction;
      outbox: NoticeOutbox;
      logger: LoggerService;
    },
  ) {}

  async run(now: DateTime): Promise<void> {
    for (const desk of await this.deps.desks.listDesks()) {
      // A desk nobody has set up yet has only its catalog defaults.
      if (desk.revision > 0) {
        await this.sendDue(desk, now);
      }
    }
  }

  private async sendDue(desk: Desk, now: DateTime) {
    const settings = digestSettingsOf(desk);
    const { digests } = this.deps;
    const daily = settings.daily.enabled && latestDailyDigest(desk, now);
    if (daily && isStillSendable(daily, now)) {
      await this.once(desk, daily, 'daily', now, async () => {
        const digest = await digests.daily(desk, now);
        return messageOf(digest, dailyNotice(digest, desk), 'daily', now);
      });
    }
    const weekly = latestWeeklyReport(desk, now);
    if (settings.weekly.enabled && isStillSendable(weekly, now)) {
      await this.once(desk, weekly, 'weekly', now, async () => {
        const report = await digests.weekly(desk, now);
        return messageOf(report, weeklyNotice(report, desk), 'weekly', now);
      });
    }
  }

  /**
   * Claims the period and queues its notice and webhook event, all or
   * nothing, unless someone claimed it before; then sends the notice.
   */
  private async once(
    desk: Desk,
    period: DigestPeriod,
    kind: DigestKind,
    now: DateTime,
    make: () => Promise<DigestMessage>,
  ) {
    const key = (kind === 'daily' ? dailyKey : weeklyKey)(desk, period);
    if (await this.deps.reminders.claimed(key)) {
      return;
    }
    let noticeId: number | undefined;
    try {
      const message = await make();
      noticeId = await this.deps.inTransaction(async stores => {
        if (!(await stores.reminders.claim(key, now))) {
          return undefined;
        }
        await stores.webhooks.enqueue(
          desk.teamRef,
          message.event,
          message.payload,
          now,
        );
        return stores.notices.enqueue(
          digestNoticeSubject(desk.teamRef),
          `${kind}:${period.date.toISODate()}`,
          message.notice,
          now,
        );
      });
    } catch (error) {
      // Rolled back, claim included: a later run tries again.
      this.deps.logger.warn(`Could not queue ${key}; it is tried again`, {
        error: String(error),
      });
      return;
    }
    if (noticeId !== undefined) {
      await this.deps.outbox.sendDue(now, [noticeId]);
    }
  }
}
