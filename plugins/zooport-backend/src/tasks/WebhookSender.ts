import { LoggerService } from '@backstage/backend-plugin-api';
import { DateTime, Duration } from 'luxon';
import { fetch } from 'undici';
import { retryAfter } from '../database/outbox';
import { WebhookStore } from '../database/WebhookStore';
import { DeskEventContexts, webhookBody } from '../service/webhookFormats';
import { WebhookTargets } from '../service/WebhookTargets';

const TIMEOUT = Duration.fromObject({ seconds: 10 });

/**
 * Posts queued webhook messages to the desks' receivers, with retries, in
 * each webhook's format as it is when the post goes out.
 */
export class WebhookSender {
  constructor(
    private readonly deps: {
      webhooks: WebhookStore;
      targets: WebhookTargets;
      contexts: DeskEventContexts;
      logger: LoggerService;
    },
  ) {}

  async run(now: DateTime): Promise<void> {
    for (const delivery of await this.deps.webhooks.due(now)) {
      const retryAt = retryAfter('webhook_deliveries', delivery.attempts, now);
      if (!(await this.deps.webhooks.claim(delivery, retryAt))) {
        continue;
      }
      try {
        // The allowed hosts may have changed since the webhook was set, and
        // the dispatcher's check of resolved names does not see addresses
        // written as such.
        const refusal = await this.deps.targets.refusal(delivery.url);
        if (refusal) {
          throw new Error(refusal);
        }
        const body = await webhookBody(
          delivery.format,
          delivery.event,
          delivery.payload,
          () => this.deps.contexts.of(delivery.teamRef),
        );
        const response = await fetch(delivery.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          // A redirect could lead where the webhook may not post.
          redirect: 'manual',
          dispatcher: this.deps.targets.dispatcher,
          signal: AbortSignal.timeout(TIMEOUT.toMillis()),
        });
        if (response.ok) {
          await this.deps.webhooks.delivered(delivery.id, now);
          continue;
        }
        await this.deps.webhooks.failed(delivery.id, `HTTP ${response.status}`);
      } catch (error) {
        await this.deps.webhooks.failed(delivery.id, String(error));
      }
      this.deps.logger.warn(
        `Webhook ${delivery.event} for ${delivery.teamRef} failed (attempt ${
          delivery.attempts + 1
        })${retryAt ? `, retrying at ${retryAt.toISO()}` : ', giving up'}`,
      );
    }
  }
}
