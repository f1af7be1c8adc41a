import { WebhookFormat } from '@zooport/plugin-zooport-common';

/** How each webhook format is named in the editor, and what it is for. */
export const webhookFormatChoices: Record<
  WebhookFormat,
  { label: string; help: string }
> = {
  json: {
    label: 'Raw JSON',
    help: 'The event as it is, for your own receiver or an automation.',
  },
  teams: {
    label: 'Teams (Adaptive Card)',
    help: 'A card in a Teams channel: the URL of a Teams Workflow (“Post to a channel when a webhook request is received”) or an incoming webhook.',
  },
  slack: {
    label: 'Slack (Block Kit)',
    help: 'A message in a Slack channel: the URL of a Slack app’s incoming webhook, https://hooks.slack.com/services/…',
  },
};
