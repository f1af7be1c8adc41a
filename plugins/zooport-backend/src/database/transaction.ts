import { Knex } from 'knex';
import { NoticeStore } from './NoticeStore';
import { ReminderStore } from './ReminderStore';
import { RequestStore } from './RequestStore';
import { WebhookStore } from './WebhookStore';

/** The stores whose writes commit or roll back together. */
export interface TransactionStores {
  requests: RequestStore;
  notices: NoticeStore;
  webhooks: WebhookStore;
  reminders: ReminderStore;
}

/**
 * Runs `work` in one database transaction, with stores that write in it:
 * everything they write commits when `work` returns, and nothing does when
 * it throws.
 */
export type InTransaction = <T>(
  work: (stores: TransactionStores) => Promise<T>,
) => Promise<T>;

export function inTransaction(db: Knex): InTransaction {
  return work =>
    db.transaction(trx =>
      work({
        requests: new RequestStore(trx),
        notices: new NoticeStore(trx),
        webhooks: new WebhookStore(trx),
        reminders: new ReminderStore(trx),
      }),
    );
}
