import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime } from 'luxon';
import { Notice } from '../database/NoticeStore';
import { InTransaction } from '../database/transaction';
import { NoticeOutbox } from './NoticeOutbox';

/** A notice sent once under a claim key. */
export interface ClaimedNotice {
  key: string;
  /** The outbox's subject and milestone of the notice. */
  subject: string;
  milestone: string;
  /** Undefined: the key is claimed and nothing is sent. */
  notice?: Notice;
}

/**
 * Claims `key` and queues the notice in the notice outbox in one
 * transaction, unless someone claimed it before, then sends it. When the
 * transaction fails, nothing is claimed and a later run tries again.
 */
export async function queueOnce(
  deps: {
    inTransaction: InTransaction;
    outbox: NoticeOutbox;
    logger: LoggerService;
  },
  { key, subject, milestone, notice }: ClaimedNotice,
  now: DateTime,
): Promise<void> {
  let noticeId: number | undefined;
  try {
    noticeId = await deps.inTransaction(async stores => {
      if (!(await stores.reminders.claim(key, now)) || !notice) {
        return undefined;
      }
      return stores.notices.enqueue(subject, milestone, notice, now);
    });
  } catch (error) {
    deps.logger.warn(`Could not queue ${key}; it is tried again`, {
      error: String(error),
    });
    return;
  }
  if (noticeId !== undefined) {
    await deps.outbox.sendDue(now, [noticeId]);
  }
}
