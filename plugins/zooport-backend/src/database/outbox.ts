import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { toStoredInstant } from './util';

/**
 * The outboxes: rows written with the change that causes them and sent by
 * attempts until a sender marks them done (`done` names that column).
 */
const outboxes = {
  webhook_deliveries: { done: 'delivered_at', givesUp: true },
  // A breach notice must reach people at last, however long the
  // notifications backend is down: the longest wait repeats.
  sla_notices: { done: 'sent_at', givesUp: false },
  // A desk can mend its Jira project at any time; the filing then goes on.
  jira_issue_jobs: { done: 'filed_at', givesUp: false },
} as const;

export type Outbox = keyof typeof outboxes;

/**
 * Takes a row for one attempt: pushes its next attempt to `retryAt` first,
 * so a sender that dies retries later and a parallel one skips it.
 */
export async function claimAttempt(
  db: Knex,
  outbox: Outbox,
  row: { id: number; attempts: number },
  retryAt: DateTime | null,
): Promise<boolean> {
  const updated = await db(outbox)
    .where({ id: row.id, attempts: row.attempts })
    .whereNull(outboxes[outbox].done)
    .update({
      attempts: row.attempts + 1,
      next_attempt_at: retryAt && toStoredInstant(retryAt),
    });
  return updated === 1;
}

/**
 * Marks a row done. It has no next attempt any more, which keeps the rows
 * done out of the index of attempts that senders read.
 */
export async function markDone(
  db: Knex,
  outbox: Outbox,
  id: number,
  now: DateTime,
): Promise<void> {
  await db(outbox)
    .where({ id })
    .update({
      [outboxes[outbox].done]: toStoredInstant(now),
      next_attempt_at: null,
      last_error: null,
    });
}

export async function recordFailure(
  db: Knex,
  outbox: Outbox,
  id: number,
  error: string,
): Promise<void> {
  await db(outbox)
    .where({ id })
    .update({ last_error: error.slice(0, 2000) });
}

/** Minutes to wait after the 1st, 2nd, … failed attempt. */
const RETRY_AFTER_MINUTES = [1, 5, 15, 60, 240];

/**
 * When to try again should the next attempt fail; null: not again. After
 * the last wait an outbox that gives up stops; the others wait as long again.
 */
export function retryAfter(
  outbox: Outbox,
  attempts: number,
  now: DateTime,
): DateTime | null {
  const wait =
    RETRY_AFTER_MINUTES[attempts] ??
    (outboxes[outbox].givesUp ? undefined : RETRY_AFTER_MINUTES.at(-1));
  return wait === undefined ? null : now.plus({ minutes: wait });
}
