import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { NoticeStore, PendingNotice } from '../database/NoticeStore';
import { retryAfter } from '../database/outbox';
import { RequestNotifier } from '../service/RequestNotifier';

/**
 * Sends notices from the notice outbox: each attempt is claimed first, so
 * that a sender that dies retries later and a parallel one skips it, and a
 * notice is marked sent once delivered.
 */
export class NoticeOutbox {
  constructor(
    private readonly deps: {
      notices: NoticeStore;
      notifier: Pick<RequestNotifier, 'deliver'>;
      logger: LoggerService;
    },
  ) {}

  /** Sends the due notices (only `ids`, when given). */
  async sendDue(now: DateTime, ids?: number[]): Promise<void> {
    for (const notice of await this.deps.notices.due(now, { ids })) {
      await this.send(notice, now);
    }
  }

  private async send(notice: PendingNotice, now: DateTime): Promise<void> {
    const retryAt = retryAfter('sla_notices', notice.attempts, now);
    if (!(await this.deps.notices.claim(notice, retryAt))) {
      return;
    }
    try {
      await this.deps.notifier.deliver(notice);
      await this.deps.notices.sent(notice.id, now);
    } catch (error) {
      await this.deps.notices.failed(notice.id, String(error));
      this.deps.logger.warn(
        `Notice "${notice.payload.title}" failed (attempt ${
          notice.attempts + 1
        })${retryAt ? `, retrying at ${retryAt.toISO()}` : ', giving up'}`,
      );
    }
  }
}
