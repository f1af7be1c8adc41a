import { useApi } from '@backstage/core-plugin-api';
import FormHelperText from '@material-ui/core/FormHelperText';
import {
  DeskWebhook,
  WebhookFormat,
  webhookFormats,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { zooportApiRef } from '../../../../api';
import { ChoiceField, FormDialog, FormField } from '../../../shared/FormDialog';
import { webhookFormatChoices } from './webhookFormats';

const formatChoices = webhookFormats.map(format => ({
  value: format,
  label: webhookFormatChoices[format].label,
}));

/**
 * Sets where the desk's request events and digests are posted, and in
 * which format; an empty address removes the webhook.
 */
export const WebhookDialog = (props: {
  teamRef: string;
  webhook: DeskWebhook;
  onClose: () => void;
  onSaved: () => void;
}) => {
  const { teamRef, webhook, onClose, onSaved } = props;
  const zooportApi = useApi(zooportApiRef);
  const [url, setUrl] = useState(webhook.url ?? '');
  const [format, setFormat] = useState<WebhookFormat>(webhook.format);
  const save = async () => {
    const address = url.trim();
    await zooportApi.saveDeskWebhook(
      teamRef,
      address ? { url: address, format } : { url: null },
    );
    onSaved();
  };
  return (
    <FormDialog
      title="Desk webhook"
      submitLabel="Save webhook"
      ready
      onSubmit={save}
      onClose={onClose}
    >
      <FormField
        fullWidth
        margin="dense"
        type="url"
        label="Webhook URL"
        value={url}
        onChange={event => setUrl(event.target.value)}
        helperText="New requests, SLA breaches and the digests are posted here. Leave it empty to remove the webhook."
      />
      <ChoiceField
        fullWidth
        margin="dense"
        label="Format"
        value={format}
        choices={formatChoices}
        onChange={value => setFormat(value as WebhookFormat)}
      />
      <FormHelperText>{webhookFormatChoices[format].help}</FormHelperText>
    </FormDialog>
  );
};
