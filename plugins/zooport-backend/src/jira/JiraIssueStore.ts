import { RequestJiraIssue } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { claimAttempt, markDone, recordFailure } from '../database/outbox';
import { toStoredInstant } from '../database/util';
import { CreatedIssue } from './JiraClient';

const OUTBOX = 'jira_issue_jobs';

interface JobRow {
  id: number;
  request_id: string;
  attempts: number;
  next_attempt_at: string | null;
  filed_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** An issue waiting to be filed. */
export interface PendingJiraIssue {
  id: number;
  requestId: string;
  attempts: number;
}

/**
 * The outbox of Jira issues to file, one per request, and the issues filed
 * (their key and address on the request). A job is written in the
 * transaction that resolves its request and is tried until the issue is
 * filed.
 */
export class JiraIssueStore {
  constructor(private readonly db: Knex) {}

  /** Queues the request's issue, unless it has (or had) one queued. */
  async enqueue(requestId: string, now: DateTime): Promise<void> {
    await this.db(OUTBOX)
      .insert({
        request_id: requestId,
        attempts: 0,
        next_attempt_at: toStoredInstant(now),
        created_at: toStoredInstant(now),
      })
      .onConflict('request_id')
      .ignore();
  }

  async due(now: DateTime, limit = 20): Promise<PendingJiraIssue[]> {
    const rows: JobRow[] = await this.db(OUTBOX)
      .whereNull('filed_at')
      .whereNotNull('next_attempt_at')
      .where('next_attempt_at', '<=', toStoredInstant(now))
      .orderBy('id')
      .limit(limit);
    return rows.map(row => ({
      id: row.id,
      requestId: row.request_id,
      attempts: row.attempts,
    }));
  }

  /** Takes a job for one attempt (see `claimAttempt`). */
  async claim(
    job: PendingJiraIssue,
    retryAt: DateTime | null,
  ): Promise<boolean> {
    return claimAttempt(this.db, OUTBOX, job, retryAt);
  }

  /** The key of the issue filed for the request, if one was. */
  async issueKeyOf(requestId: string): Promise<string | null> {
    const row = await this.db('requests')
      .where({ id: requestId })
      .first('jira_issue_key');
    return row?.jira_issue_key ?? null;
  }

  /** Stores the filed issue on its request and marks the job done, together. */
  async filed(
    job: PendingJiraIssue,
    issue: CreatedIssue,
    now: DateTime,
  ): Promise<void> {
    await this.db.transaction(async trx => {
      await trx('requests')
        .where({ id: job.requestId })
        .whereNull('jira_issue_key')
        .update({ jira_issue_key: issue.key, jira_issue_url: issue.url });
      await markDone(trx, OUTBOX, job.id, now);
    });
  }

  /** Marks a job done without filing: its request has its issue already. */
  async alreadyFiled(job: PendingJiraIssue, now: DateTime): Promise<void> {
    await markDone(this.db, OUTBOX, job.id, now);
  }

  async failed(id: number, error: string): Promise<void> {
    await recordFailure(this.db, OUTBOX, id, error);
  }

  /** The request's issue as the request page shows it; null when none. */
  async issueOf(requestId: string): Promise<RequestJiraIssue | null> {
    const row: (Partial<JobRow> & Record<string, any>) | undefined =
      await this.db('requests as r')
        .leftJoin(`${OUTBOX} as j`, 'j.request_id', 'r.id')
        .where('r.id', requestId)
        .first(
          'r.jira_issue_key',
          'r.jira_issue_url',
          'j.id',
          'j.attempts',
          'j.next_attempt_at',
          'j.last_error',
        );
    if (!row || (!row.jira_issue_key && row.id === null)) {
      return null;
    }
    if (row.jira_issue_key) {
      return {
        state: 'created',
        key: row.jira_issue_key,
        url: row.jira_issue_url,
        attempts: row.attempts ?? 0,
        error: null,
        nextAttemptAt: null,
      };
    }
    return {
      state: row.last_error ? 'failed' : 'pending',
      key: null,
      url: null,
      attempts: row.attempts ?? 0,
      error: row.last_error ?? null,
      nextAttemptAt: row.next_attempt_at ?? null,
    };
  }
}
