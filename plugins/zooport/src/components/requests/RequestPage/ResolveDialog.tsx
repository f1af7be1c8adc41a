import { useApi } from '@backstage/core-plugin-api';
import {
  RequestDetail,
  resolutionCategories,
  ResolutionCategory,
  ResolutionInput,
  resolutionLabels,
  SupportRequest,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { zooportApiRef } from '../../../api';
import { minutesOf } from '../../../time';
import { FormDialog, FormField, NoteField } from '../../shared/FormDialog';
import { PickerOption, SearchPicker } from '../../shared/SearchPicker';
import {
  useDeskOptions,
  useEntryOptions,
  useRequestOptions,
} from './resolutionTargets';

type Reference = 'url' | 'entryId' | 'redirectTo' | 'duplicateOf';

/** What some categories must point to, as the backend requires. */
const references: Partial<
  Record<
    ResolutionCategory,
    { key: Reference; label: string; required: boolean; helperText?: string }
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
    label: 'FAQ entry or playbook',
    required: true,
    helperText: 'Type words of its title',
  },
  redirected: {
    key: 'redirectTo',
    label: 'Desk to send it to',
    required: true,
    helperText: 'Type the animal or the team; a new request is filed there',
  },
  duplicate: {
    key: 'duplicateOf',
    label: 'The original request',
    required: true,
    helperText: "Type words of its title; this desk's requests are offered",
  },
};

/**
 * What the category points to for this request: a bug ticket's URL may be
 * left out where the desk files Jira issues.
 */
function referenceOf(
  category: ResolutionCategory,
  jira: RequestDetail['jira'],
) {
  const reference = references[category];
  if (category !== 'bug_ticket_created' || !reference || !jira?.project) {
    return reference;
  }
  const { key, issueType } = jira.project;
  return {
    ...reference,
    required: false,
    helperText: jira.issue
      ? `Leave it empty to keep the Jira issue ${
          jira.issue.key ?? 'being filed'
        }`
      : `Leave it empty to file a ${issueType} in the Jira project ${key}`,
  };
}

function resolutionOf(
  category: ResolutionCategory,
  note: string,
  target: string,
  minutesSpent: number | undefined,
): ResolutionInput {
  const resolution: ResolutionInput = { category };
  if (note.trim()) {
    resolution.note = note;
  }
  if (minutesSpent) {
    resolution.minutesSpent = minutesSpent;
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
  request: SupportRequest & Pick<RequestDetail, 'jira'>;
  onResolved: () => void;
  onClose: () => void;
}) => {
  const { request, onResolved, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [category, setCategory] = useState<ResolutionCategory>('answered');
  const [target, setTarget] = useState('');
  const [picked, setPicked] = useState<PickerOption | null>(null);
  const [note, setNote] = useState('');
  const [spent, setSpent] = useState('');
  const minutesSpent = spent.trim() ? minutesOf(spent) : 0;
  const pickerSearches: Partial<
    Record<Reference, (text: string) => Promise<PickerOption[]>>
  > = {
    entryId: useEntryOptions(request.teamRef),
    duplicateOf: useRequestOptions(request),
    redirectTo: useDeskOptions(request.teamRef),
  };
  const reference = referenceOf(category, request.jira);
  const search = reference && pickerSearches[reference.key];
  const resolve = async () => {
    await zooportApi.transition(request.id, {
      action: 'resolve',
      resolution: resolutionOf(category, note, target, minutesSpent),
    });
    onResolved();
  };
  return (
    <FormDialog
      title="Resolve the request"
      submitLabel="Resolve"
      ready={
        (!reference?.required || Boolean(target.trim())) &&
        minutesSpent !== undefined
      }
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
          setPicked(null);
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
      {reference && search && (
        <SearchPicker
          key={reference.key}
          label={reference.label}
          required={reference.required}
          helperText={reference.helperText}
          value={picked}
          onChange={option => {
            setPicked(option);
            setTarget(option?.value ?? '');
          }}
          search={search}
        />
      )}
      {reference && !search && (
        <FormField
          fullWidth
          margin="dense"
          label={reference.label}
          required={reference.required}
          helperText={reference.helperText}
          value={target}
          onChange={event => setTarget(event.target.value)}
        />
      )}
      <FormField
        fullWidth
        margin="dense"
        label="Time spent"
        value={spent}
        onChange={event => setSpent(event.target.value)}
        error={minutesSpent === undefined}
        helperText={
          minutesSpent === undefined
            ? 'A span, e.g. 20 min or 1 h 30 min'
            : "The desk's interrupt time, for its load figures; e.g. 20 min"
        }
      />
      <NoteField
        label="Note for the requester"
        helperText="Markdown; the requester sees it on the request and in the notice"
        value={note}
        onChange={setNote}
      />
    </FormDialog>
  );
};
