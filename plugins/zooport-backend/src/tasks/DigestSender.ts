import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Desk,
  DigestPeriod,
  digestSettingsOf,
  latestDailyDigest,
  latestWeeklyReport,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { ReminderStore } from '../database/ReminderStore';
import { DeskService } from '../service/DeskService';
import { DigestNotifier } from '../service/DigestNotifier';
import { DigestService } from '../service/DigestService';

/** The claim of one desk's daily digest of one local day. */
export const dailyKey = (desk: Desk, period: DigestPeriod) =>
  `digest|daily|${desk.teamRef}|${period.date.toISODate()}`;

/** The claim of one desk's weekly report due on one local day. */
export const weeklyKey = (desk: Desk, period: DigestPeriod) =>
  `digest|weekly|${desk.teamRef}|${period.date.toISODate()}`;

/**
 * Sends each stored desk's daily digest and weekly report once per period:
 * the latest period due, claimed under a key of the desk and its local day,
 * so that replicas running at once, or a backend back after being down,
 * send it once, and never the older periods it missed.
 */
export class DigestSender {
  constructor(
    private readonly deps: {
      desks: DeskService;
      digests: DigestService;
      notifier: DigestNotifier;
      reminders: ReminderStore;
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
    const { digests, notifier } = this.deps;
    const daily = settings.daily.enabled && latestDailyDigest(desk, now);
    if (daily) {
      await this.once(dailyKey(desk, daily), now, async () =>
        notifier.daily(await digests.daily(desk, now), desk, now),
      );
    }
    if (settings.weekly.enabled) {
      const weekly = latestWeeklyReport(desk, now);
      await this.once(weeklyKey(desk, weekly), now, async () =>
        notifier.weekly(await digests.weekly(desk, now), desk, now),
      );
    }
  }

  /**
   * Sends under `key` if no one has; gives the key back when sending fails,
   * so that a later run tries again.
   */
  private async once(key: string, now: DateTime, send: () => Promise<void>) {
    const { reminders } = this.deps;
    if ((await reminders.claimed(key)) || !(await reminders.claim(key, now))) {
      return;
    }
    try {
      await send();
    } catch (error) {
      await reminders.release(key);
      this.deps.logger.warn(`Could not send ${key}; it is tried again`, {
        error: String(error),
      });
    }
  }
}
