import { useApi } from '@backstage/core-plugin-api';
import {
  resolutionCategories,
  ResolutionCategory,
  ResolutionInput,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { zooportApiRef } from '../../../api';
import { resolutionLabels } from '@zooport/plugin-zooport-common';
import { FormDialog, FormField } from '../../shared/FormDialog';

type Reference = 'url' | 'entryId' | 'redirectTo' | 'duplicateOf';

/** What some categories must point to, as the backend requires. */
const references: Partial<
  Record<
    ResolutionCategory,
    { key: Reference; label: string; required: boolean }
  >
> = {
  bug_ticket_created: { key: 'url', label: 'Bug ticket URL', required: true },
  documentation_link: {
    key: 'url',
    label: 'Documentation URL',
    required: false,
  },
  faq_entry: {
    key: 'entryId',
    label: 'Knowledge-base entry id',
    required: true,
  },
  redirected: {
    key: 'redirectTo',
    label: 'Desk to send it to, e.g. group:default/security',
    required: true,
  },
  duplicate: {
    key: 'duplicateOf',
    label: 'Id of the original request',
    required: true,
  },
};

function resolutionOf(
  category: ResolutionCategory,
  note: string,
  target: string,
): ResolutionInput {
  const resolution: ResolutionInput = { category };
  if (note.trim()) {
    resolution.note = note;
  }
  const reference = references[category];
  if (reference && target.trim()) {
    const value = target.trim();
    if (reference.key === 'redirectTo') {
      resolution.redirectTo = { teamRef: value };
    } else {
      resolution[reference.key] = value;
    }
  }
  return resolution;
}

/** Resolves a request: how it was resolved, and what that points to. */
export const ResolveDialog = (props: {
  requestId: string;
  onResolved: () => void;
  onClose: () => void;
}) => {
  const { requestId, onResolved, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [category, setCategory] = useState<ResolutionCategory>('answered');
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const reference = references[category];
  const resolve = async () => {
    await zooportApi.transition(requestId, {
      action: 'resolve',
      resolution: resolutionOf(category, note, target),
    });
    onResolved();
  };
  return (
    <FormDialog
      title="Resolve the request"
      submitLabel="Resolve"
      ready={!reference?.required || Boolean(target.trim())}
      onSubmit={resolve}
      onClose={onClose}
    >
      <FormField
        select
        fullWidth
        margin="dense"
        label="Resolution"
        value={category}
        onChange={event => {
          setCategory(event.target.value as ResolutionCategory);
          setTarget('');
        }}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        {resolutionCategories.map(candidate => (
          <option key={candidate} value={candidate}>
            {resolutionLabels[candidate]}
          </option>
        ))}
      </FormField>
      {reference && (
        <FormField
          fullWidth
          margin="dense"
          label={reference.label}
          required={reference.required}
          value={target}
          onChange={event => setTarget(event.target.value)}
        />
      )}
      <FormField
        fullWidth
        multiline
        minRows={3}
        margin="dense"
        label="Note for the requester"
        helperText="Markdown"
        value={note}
        onChange={event => setNote(event.target.value)}
      />
    </FormDialog>
  );
};
