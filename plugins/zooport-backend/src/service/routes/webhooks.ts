import { InputError } from '@backstage/errors';
import {
  DeskWebhook,
  WebhookInput,
  zooportDeskUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { WebhookStore } from '../../database/WebhookStore';
import { WebhookTargets } from '../WebhookTargets';
import { webhookInputSchema } from '../validation/desks';
import { parseInput } from '../validation/fields';
import { RouteDeps } from './util/deps';
import { teamRefFrom } from './util/params';

export interface WebhookRoutesDeps extends RouteDeps {
  webhooks: WebhookStore;
  webhookTargets: WebhookTargets;
}

/** The address a desk's request events are posted to, and its deliveries. */
export function webhookRoutes(router: express.Router, deps: WebhookRoutesDeps) {
  const { access, webhooks, webhookTargets, now } = deps;

  router.get('/desks/:namespace/:name/webhook', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
    const webhook = await webhooks.webhookOf(teamRef);
    res.json({
      url: webhook?.url ?? null,
      format: webhook?.format ?? 'json',
      deliveries: await webhooks.deliveries(teamRef),
    } satisfies DeskWebhook);
  });

  router.put('/desks/:namespace/:name/webhook', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const by = await access.user(req);
    const input = parseInput(webhookInputSchema, req.body);
    await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
    const refusal = input.url && (await webhookTargets.refusal(input.url));
    if (refusal) {
      throw new InputError(`url: ${refusal}`);
    }
    const format = input.format ?? 'json';
    await webhooks.setWebhook(teamRef, input.url, by, now(), format);
    res.json({ url: input.url, format } satisfies WebhookInput);
  });
}
