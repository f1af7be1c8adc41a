import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Button from '@material-ui/core/Button';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import Typography from '@material-ui/core/Typography';
import { Desk, SupportRequest } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { zooportApiRef } from '../../../api';
import { useDraft } from '../../../hooks/useDraft';
import { FormDialog, TitledDialog } from '../../shared/FormDialog';
import { FaqSuggestions } from './FaqSuggestions';
import { FiledRequest } from './FiledRequest';
import { RequestFields } from './RequestFields';
import { TypeEntries } from './TypeEntries';
import { emptyDraft, isComplete, requestInput } from './requestDraft';
import { useRequestTypes } from './useRequestTypes';

function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts; a portal served over plain
  // http inside a company network still needs a key.
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

const RequestForm = (props: {
  desk: Desk;
  entityRef?: string;
  onFiled: (request: SupportRequest) => void;
  onClose: () => void;
}) => {
  const { desk, entityRef, onFiled, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const types = useRequestTypes(desk.teamRef);
  // One key per opening of the dialog, so that a double click or a retry
  // after a lost answer files one request.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [draft, change] = useDraft(emptyDraft);
  const type =
    types.value?.find(candidate => candidate.id === draft.typeId) ??
    types.value?.[0];

  const file = async () => {
    const request = await zooportApi.createRequest({
      ...requestInput(draft, type!, entityRef),
      teamRef: desk.teamRef,
      entityRef: entityRef ?? null,
      idempotencyKey,
    });
    onFiled(request);
  };

  return (
    <FormDialog
      title={`Ask the ${desk.animal.name}`}
      submitLabel="Request support"
      ready={Boolean(type && isComplete(draft, type, entityRef))}
      onSubmit={file}
      onClose={onClose}
    >
      {types.loading && <Progress />}
      {types.error && <ResponseErrorPanel error={types.error} />}
      {types.value && !type && (
        <Typography color="textSecondary">
          This desk takes no requests right now; ask in its channel.
        </Typography>
      )}
      {types.value && type && (
        <RequestFields
          types={types.value}
          type={type}
          draft={draft}
          entityRef={entityRef}
          onChange={change}
          afterTitle={
            <FaqSuggestions title={draft.title} entityRef={entityRef} />
          }
        />
      )}
      {type && type.entryIds.length > 0 && <TypeEntries type={type} />}
    </FormDialog>
  );
};

/**
 * Files a support request with a desk. `entityRef` is the catalog entity it
 * is about, when the person asks from that entity's page.
 */
export const RequestDialog = (props: {
  desk: Desk;
  entityRef?: string;
  onClose: () => void;
  /** Called once the desk has the request, while the dialog still shows it. */
  onFiled?: (request: SupportRequest) => void;
}) => {
  const { desk, entityRef, onClose, onFiled } = props;
  const [filed, setFiled] = useState<SupportRequest>();
  if (!filed) {
    return (
      <RequestForm
        desk={desk}
        entityRef={entityRef}
        onFiled={request => {
          setFiled(request);
          onFiled?.(request);
        }}
        onClose={onClose}
      />
    );
  }
  return (
    <TitledDialog title="Request filed" onClose={onClose}>
      <DialogContent>
        <FiledRequest request={filed} desk={desk} />
      </DialogContent>
      <DialogActions>
        <Button color="primary" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </TitledDialog>
  );
};
