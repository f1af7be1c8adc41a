import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { claimAttempt, markDone, recordFailure } from './outbox';
import { toStoredInstant } from './util';

interface NoticeRow {
  id: number;
  request_id: string;
  milestone: string;
  recipients: string;
  payload: string;
  attempts: number;
  next_attempt_at: string | null;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** What a notice says, as Backstage notifications take it. */
export interface NoticePayload {
  title: string;
  description: string;
  link: string;
  severity?: 'critical' | 'high' | 'normal' | 'low';
  scope?: string;
  /** The notifications topic people route by; Zooport's general one when absent. */
  topic?: string;
}

/** A notice to send: to whom, and what. */
export interface Notice {
  recipients: string[];
  payload: NoticePayload;
}

/** A notice in the outbox that is not sent yet. */
export interface PendingNotice extends Notice {
  id: number;
  requestId: string;
  milestone: string;
  attempts: number;
}

/**
 * The outbox of notices: SLA notices, digests and the notices of a filed
 * request (milestones `filed` and `approval_needed`). A row is written in
 * the transaction that claims its milestone (files the request, or claims
 * its digest's period), and is sent from here until it is marked sent: at
 * least once, never lost. A digest's row has its desk's
 * `digestNoticeSubject` for a request id.
 */
export class NoticeStore {
  constructor(private readonly db: Knex) {}

  /** Queues a milestone's notice; returns its id. */
  async enqueue(
    requestId: string,
    milestone: string,
    notice: Notice,
    now: DateTime,
  ): Promise<number> {
    const [row] = await this.db('sla_notices')
      .insert({
        request_id: requestId,
        milestone,
        recipients: JSON.stringify(notice.recipients),
        payload: JSON.stringify(notice.payload),
        attempts: 0,
        next_attempt_at: toStoredInstant(now),
        created_at: toStoredInstant(now),
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  /** Unsent notices whose next attempt is due, oldest first (or the ones asked for). */
  async due(
    now: DateTime,
    options: { ids?: number[]; limit?: number } = {},
  ): Promise<PendingNotice[]> {
    const query = this.db<NoticeRow>('sla_notices')
      .whereNull('sent_at')
      .whereNotNull('next_attempt_at')
      .where('next_attempt_at', '<=', toStoredInstant(now))
      .orderBy('id')
      .limit(options.limit ?? 100);
    if (options.ids) {
      query.whereIn('id', options.ids);
    }
    return (await query).map(row => ({
      id: row.id,
      requestId: row.request_id,
      milestone: row.milestone,
      recipients: JSON.parse(row.recipients),
      payload: JSON.parse(row.payload),
      attempts: row.attempts,
    }));
  }

  /** Takes a notice for one attempt (see `claimAttempt`). */
  async claim(
    notice: PendingNotice,
    retryAt: DateTime | null,
  ): Promise<boolean> {
    return claimAttempt(this.db, 'sla_notices', notice, retryAt);
  }

  async sent(id: number, now: DateTime): Promise<void> {
    await markDone(this.db, 'sla_notices', id, now);
  }

  async failed(id: number, error: string): Promise<void> {
    await recordFailure(this.db, 'sla_notices', id, error);
  }
}
