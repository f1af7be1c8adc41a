import { useApi } from '@backstage/core-plugin-api';
import {
  DeskJira,
  RequestPriority,
  RequestType,
  requestPriorities,
} from '@zooport/plugin-zooport-common';
import { useCallback } from 'react';
import { zooportApiRef } from '../../../../api';
import { useDraft } from '../../../../hooks/useDraft';
import { useGuardedSave } from '../../../../hooks/useGuardedSave';
import { labelOf } from '../../../../labels';
import { problemProps } from '../../../shared/EditorFields';
import { JiraProjectFields } from '../../../shared/JiraProjectFields';
import { ChoiceField, FormDialog, FormField } from '../../../shared/FormDialog';
import { PeoplePicker } from '../../../shared/PeoplePicker';
import { EntryPicker } from './EntryPicker';
import { FormFieldsInput } from './FormFieldsInput';
import {
  requestTypeDraftOf,
  requestTypeInputOf,
  requestTypeProblems,
} from './requestTypeDraft';
import { SlaFields } from './SlaFields';

const priorityChoices = requestPriorities.map(priority => ({
  value: priority,
  label: labelOf(priority),
}));

/**
 * Writes a desk's request type, a new one or a new version of `type`:
 * name, description, form fields, default priority, SLA targets, approvers
 * and the entries to read first. A save after someone else's is refused;
 * closing the form then fetches theirs.
 */
export const RequestTypeDialog = (props: {
  teamRef: string;
  type?: RequestType;
  /** When the backend files Jira issues: the type may name its own project. */
  jira?: DeskJira;
  onClose: () => void;
  /** After a save, or when the type turned out to be newer than the form. */
  onChanged: () => void;
}) => {
  const { teamRef, type, jira, onClose, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const [draft, change, touched] = useDraft(() => requestTypeDraftOf(type));
  const problems = requestTypeProblems(draft);
  // A new type starts empty: what it lacks is said once writing has begun.
  const shown = touched ? problems : {};
  const { save, stale } = useGuardedSave(
    type ? 'this request type' : 'the desk’s request types',
    useCallback(async () => {
      const input = requestTypeInputOf(draft);
      if (type) {
        await zooportApi.updateRequestType(
          teamRef,
          type.id,
          input,
          type.revision,
        );
      } else {
        await zooportApi.createRequestType(teamRef, input);
      }
      onChanged();
    }, [zooportApi, teamRef, type, draft, onChanged]),
  );
  return (
    <FormDialog
      title={type ? `Edit ${type.name}` : 'New request type'}
      submitLabel={type ? 'Save' : 'Create'}
      ready={Object.keys(problems).length === 0}
      onSubmit={save}
      onClose={stale ? onChanged : onClose}
    >
      <FormField
        fullWidth
        required
        margin="dense"
        label="Name"
        value={draft.name}
        onChange={event => change({ name: event.target.value })}
        {...problemProps(shown, 'name', 'e.g. Access request')}
      />
      <FormField
        fullWidth
        multiline
        minRows={2}
        margin="dense"
        label="Description"
        value={draft.description}
        onChange={event => change({ description: event.target.value })}
        {...problemProps(shown, 'description', 'When to choose this type')}
      />
      <FormFieldsInput
        fields={draft.fields}
        problems={shown}
        onChange={fields => change({ fields })}
      />
      <ChoiceField
        fullWidth
        margin="dense"
        label="Default priority"
        helperText="When the requester gives no impact and urgency"
        value={draft.defaultPriority}
        choices={priorityChoices}
        onChange={priority =>
          change({ defaultPriority: priority as RequestPriority })
        }
      />
      <SlaFields
        sla={draft.sla}
        problems={shown}
        onChange={sla => change({ sla })}
      />
      <PeoplePicker
        label="Approvers"
        values={draft.approvers}
        onChange={approvers => change({ approvers })}
        {...problemProps(
          shown,
          'approvers',
          'People who must approve a request before work starts; none: no approval',
        )}
      />
      <EntryPicker
        teamRef={teamRef}
        entryIds={draft.entryIds}
        problem={shown.entryIds}
        onChange={entryIds => change({ entryIds })}
      />
      {jira && (
        <JiraProjectFields
          jira={jira}
          project={draft.jiraProject}
          blank="the desk’s project"
          problems={shown}
          onChange={jiraProject => change({ jiraProject })}
        />
      )}
    </FormDialog>
  );
};
