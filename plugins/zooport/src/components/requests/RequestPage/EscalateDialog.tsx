import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { zooportApiRef } from '../../../api';
import { FormDialog, NoteField } from '../../shared/FormDialog';

/** Escalates a request to the people on duty, the fallback and the lead. */
export const EscalateDialog = (props: {
  requestId: string;
  onEscalated: () => void;
  onClose: () => void;
}) => {
  const { requestId, onEscalated, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [reason, setReason] = useState('');
  const escalate = async () => {
    await zooportApi.escalate(requestId, reason.trim() || undefined);
    onEscalated();
  };
  return (
    <FormDialog
      title="Escalate the request"
      submitLabel="Escalate"
      ready
      onSubmit={escalate}
      onClose={onClose}
    >
      <Typography paragraph variant="body2">
        Everyone on duty at the desk, its fallback and the team lead hear of it.
      </Typography>
      <NoteField
        label="Why it cannot wait"
        value={reason}
        onChange={setReason}
      />
    </FormDialog>
  );
};
