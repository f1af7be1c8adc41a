import { WebhookFormat } from '@zooport/plugin-zooport-common';
import { DeskEventContext, deskEventCard } from './deskEventCard';
import { slackMessage } from './slackMessage';
import { teamsMessage } from './teamsMessage';

const messages = { teams: teamsMessage, slack: slackMessage };

/**
 * The body a desk's webhook posts for an event: the event as it is for
 * `json`, else its card as a Teams or a Slack message. `context` is asked
 * only for those.
 */
export async function webhookBody(
  format: WebhookFormat,
  event: string,
  payload: unknown,
  context: () => Promise<DeskEventContext>,
): Promise<string> {
  if (format === 'json') {
    return JSON.stringify(payload);
  }
  const card = deskEventCard(event, payload, await context());
  return JSON.stringify(messages[format](card));
}
