import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DailyDigest,
  Desk,
  PlanningReminder,
  DigestKind,
  DueDigest,
  dueDigests,
  WeeklyReport,
} from '@zooport/plugin-zooport-common';
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { Notice, NoticePayload } from '../database/NoticeStore';
import { ReminderStore } from '../database/ReminderStore';
import { InTransaction } from '../database/transaction';
import {
  dailyNotice,
  digestWebhookPayload,
  planningNotice,
  weeklyNotice,
} from '../service/DigestNotifier';
import { DigestService } from '../service/DigestService';
import { NoticeOutbox } from './NoticeOutbox';

/** The claim of one desk's digest of one kind due on one local day. */
export const digestKey = (teamRef: string, due: DueDigest) =>
  `digest|${due.kind}|${teamRef}|${due.period.date.toISODate()}`;

/**
 * The subject of a desk's digests in the notice outbox, in place of a
 * request's id (36 characters): `desk:` and the start of its ref's SHA-256.
 */
export const digestNoticeSubject = (teamRef: string) =>
  `desk:${createHash('sha256').update(teamRef).digest('hex').slice(0, 31)}`;

/** A digest as it is sent: its notice and its webhook event. */
interface DigestMessage {
  notice: Notice;
  event: `digest.${DigestKind}`;
  payload: ReturnType<typeof digestWebhookPayload>;
}

function messageOf(
  digest: DailyDigest | WeeklyReport | PlanningReminder,
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
 * Sends each stored desk's daily digest, weekly report and planning
 * reminder once per period:
 * the latest period due, claimed under a key of the desk and its local day.
 * The claim, the notice (in the notice outbox) and the webhook event commit
 * in one transaction, so that replicas running at once, or a backend back
 * after being down, send it once, and a sender that dies after the commit
 * leaves the notice to the outbox, which sends it until it is marked sent.
 */
export class DigestSender {
  constructor(
    private readonly deps: {
      desks: Pick<DeskStore, 'listDesks'>;
      digests: DigestService;
      reminders: ReminderStore;
      inTransaction: InTransaction;
      outbox: NoticeOutbox;
      logger: LoggerService;
    },
  ) {}

  /**
   * Sends what is due at `now`. The desks come from the desk store, which
   * reads them again only after a write, and the claims of everything due
   * are read in one query; a run aborted by the scheduler stops between
   * desks.
   */
  async run(now: DateTime, signal?: AbortSignal): Promise<void> {
    // Only a stored desk sends digests: one with only its catalog defaults
    // has nobody who chose to receive them.
    const due = (await this.deps.desks.listDesks()).flatMap(desk =>
      dueDigests(desk, now).map(digest => ({
        desk,
        digest,
        key: digestKey(desk.teamRef, digest),
      })),
    );
    if (due.length === 0) {
      return;
    }
    const claimed = await this.deps.reminders.claimedAmong(
      due.map(({ key }) => key),
    );
    for (const { desk, digest, key } of due) {
      if (signal?.aborted) {
        return;
      }
      if (!claimed.has(key)) {
        await this.once(desk, digest, key, now);
      }
    }
  }

  private async compose(
    desk: Desk,
    kind: DigestKind,
    now: DateTime,
  ): Promise<DigestMessage> {
    const { digests } = this.deps;
    if (kind === 'daily') {
      const digest = await digests.daily(desk, now);
      return messageOf(digest, dailyNotice(digest, desk), kind, now);
    }
    if (kind === 'weekly') {
      const report = await digests.weekly(desk, now);
      return messageOf(report, weeklyNotice(report, desk), kind, now);
    }
    const reminder = await digests.planning(desk, now);
    return messageOf(reminder, planningNotice(reminder, desk), kind, now);
  }

  /**
   * Claims the period and queues its notice and webhook event, all or
   * nothing, unless someone claimed it before; then sends the notice.
   */
  private async once(
    desk: Desk,
    { kind, period }: DueDigest,
    key: string,
    now: DateTime,
  ) {
    let noticeId: number | undefined;
    try {
      const message = await this.compose(desk, kind, now);
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
