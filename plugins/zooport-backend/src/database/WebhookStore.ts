import { WebhookDelivery, WebhookFormat } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { claimAttempt, markDone, recordFailure } from './outbox';
import { toStoredInstant } from './util';

interface DeliveryRow {
  id: number;
  team_ref: string;
  event: string;
  payload: string;
  attempts: number;
  next_attempt_at: string | null;
  delivered_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** Where a desk's webhook posts, and in which format. */
export interface StoredWebhook {
  url: string;
  format: WebhookFormat;
}

/** A webhook post waiting to go out. */
export interface PendingDelivery extends StoredWebhook {
  id: number;
  teamRef: string;
  event: string;
  payload: unknown;
  attempts: number;
}

/**
 * Desks' webhook addresses and the outbox of posts to them. Posts are
 * written here first and sent by a scheduled task, so a slow or broken
 * receiver never holds up a request.
 */
export class WebhookStore {
  constructor(private readonly db: Knex) {}

  async webhookOf(teamRef: string): Promise<StoredWebhook | undefined> {
    const row = await this.db('desk_webhooks')
      .where({ team_ref: teamRef })
      .first('url', 'format');
    return row && { url: row.url, format: row.format };
  }

  async setWebhook(
    teamRef: string,
    url: string | null,
    by: string,
    now: DateTime,
    format: WebhookFormat = 'json',
  ): Promise<void> {
    if (url === null) {
      await this.db('desk_webhooks').where({ team_ref: teamRef }).delete();
      return;
    }
    await this.db('desk_webhooks')
      .insert({
        team_ref: teamRef,
        url,
        format,
        updated_by: by,
        updated_at: toStoredInstant(now),
      })
      .onConflict('team_ref')
      .merge();
  }

  /** Queues a post if the desk has a webhook. */
  async enqueue(
    teamRef: string,
    event: string,
    payload: unknown,
    now: DateTime,
  ): Promise<void> {
    if (!(await this.webhookOf(teamRef))) {
      return;
    }
    await this.db('webhook_deliveries').insert({
      team_ref: teamRef,
      event,
      payload: JSON.stringify(payload),
      attempts: 0,
      next_attempt_at: toStoredInstant(now),
      created_at: toStoredInstant(now),
    });
  }

  async due(now: DateTime, limit = 50): Promise<PendingDelivery[]> {
    const rows: (DeliveryRow & StoredWebhook)[] = await this.db(
      'webhook_deliveries as d',
    )
      .join('desk_webhooks as w', 'w.team_ref', 'd.team_ref')
      .whereNull('d.delivered_at')
      .whereNotNull('d.next_attempt_at')
      .where('d.next_attempt_at', '<=', toStoredInstant(now))
      .orderBy('d.id')
      .limit(limit)
      .select('d.*', 'w.url', 'w.format');
    return rows.map(row => ({
      id: row.id,
      teamRef: row.team_ref,
      url: row.url,
      format: row.format,
      event: row.event,
      payload: JSON.parse(row.payload),
      attempts: row.attempts,
    }));
  }

  /** Takes a delivery for one attempt (see `claimAttempt`). */
  async claim(
    delivery: PendingDelivery,
    retryAt: DateTime | null,
  ): Promise<boolean> {
    return claimAttempt(this.db, 'webhook_deliveries', delivery, retryAt);
  }

  async delivered(id: number, now: DateTime): Promise<void> {
    await markDone(this.db, 'webhook_deliveries', id, now);
  }

  async failed(id: number, error: string): Promise<void> {
    await recordFailure(this.db, 'webhook_deliveries', id, error);
  }

  async deliveries(teamRef: string): Promise<WebhookDelivery[]> {
    const rows: DeliveryRow[] = await this.db('webhook_deliveries')
      .where({ team_ref: teamRef })
      .orderBy('id');
    return rows.map(row => ({
      id: row.id,
      event: row.event,
      attempts: row.attempts,
      deliveredAt: row.delivered_at,
      nextAttemptAt: row.next_attempt_at,
      lastError: row.last_error,
    }));
  }
}
