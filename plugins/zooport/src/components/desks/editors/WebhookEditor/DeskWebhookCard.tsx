import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import EditIcon from '@material-ui/icons/Edit';
import { DeskWebhook } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { useMayUpdateDesk } from '../../../../hooks/useMayUpdateDesk';
import { formatInViewerZone } from '../../../../time';
import { useDeskWebhook } from './useDeskWebhook';
import { WebhookDialog } from './WebhookDialog';
import { webhookFormatChoices } from './webhookFormats';

/** How the latest post went: delivered, failed (and when it is tried again), or waiting. */
function latestPost(webhook: DeskWebhook): string | undefined {
  const latest = webhook.deliveries.at(-1);
  if (!latest) {
    return undefined;
  }
  const post = `Last post (${latest.event})`;
  if (latest.deliveredAt) {
    return `${post} delivered ${formatInViewerZone(latest.deliveredAt)}.`;
  }
  if (!latest.lastError) {
    return `${post} waits to go out.`;
  }
  return `${post} failed: ${latest.lastError}; ${
    latest.nextAttemptAt
      ? `next try ${formatInViewerZone(latest.nextAttemptAt)}`
      : 'no more tries'
  }.`;
}

/** The webhook's address, format and latest post, as the desk's team sees it. */
const WebhookSummary = ({ webhook }: { webhook: DeskWebhook }) => {
  if (!webhook.url) {
    return (
      <Typography color="textSecondary">
        No webhook: events reach people only as Backstage notifications.
      </Typography>
    );
  }
  const latest = latestPost(webhook);
  return (
    <>
      <Typography style={{ overflowWrap: 'anywhere' }}>
        {webhook.url}
      </Typography>
      <Typography variant="body2">
        Format: {webhookFormatChoices[webhook.format].label}
      </Typography>
      {latest && (
        <Typography variant="body2" color="textSecondary">
          {latest}
        </Typography>
      )}
    </>
  );
};

const EditableWebhookCard = ({ teamRef }: { teamRef: string }) => {
  const webhook = useDeskWebhook(teamRef);
  const [editing, setEditing] = useState(false);
  return (
    <InfoCard
      title="Webhook"
      subheader="New requests, SLA breaches and digests, posted to a chat channel or your own receiver"
      action={
        webhook.value && (
          <Box mt={1}>
            <Button
              color="primary"
              startIcon={<EditIcon />}
              onClick={() => setEditing(true)}
            >
              Edit webhook
            </Button>
          </Box>
        )
      }
    >
      {webhook.loading && !webhook.value && <Progress />}
      {webhook.error && <ResponseErrorPanel error={webhook.error} />}
      {webhook.value && <WebhookSummary webhook={webhook.value} />}
      {editing && webhook.value && (
        <WebhookDialog
          teamRef={teamRef}
          webhook={webhook.value}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            webhook.retry();
          }}
        />
      )}
    </InfoCard>
  );
};

/**
 * The desk's webhook: where its request events and digests are posted
 * (raw JSON, a Teams card or a Slack message). Shown only to those who may
 * change the desk: the address is the team's secret.
 */
export const DeskWebhookCard = ({ teamRef }: { teamRef: string }) => {
  const mayEdit = useMayUpdateDesk(teamRef);
  if (!mayEdit) {
    return null;
  }
  return <EditableWebhookCard teamRef={teamRef} />;
};
