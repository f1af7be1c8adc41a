import { useApi } from '@backstage/core-plugin-api';
import { Entry, EntryKind } from '@zooport/plugin-zooport-common';
import { zooportApiRef } from '../../../api';
import { useDraft } from '../../../hooks/useDraft';
import { entryKindChoices } from '../../../labels';
import { ChoiceField, FormDialog, FormField } from '../../shared/FormDialog';
import {
  draftOf,
  entryInput,
  isComplete,
  isReviewInterval,
} from './entryDraft';
import { StepsInput } from './StepsInput';

/**
 * Writes a desk's FAQ entry or playbook: a new one (optionally asking
 * `title`), or a new version of `entry`. A save after someone else's is
 * refused, and the dialog says so.
 */
export const EntryDialog = (props: {
  teamRef: string;
  entry?: Entry;
  title?: string;
  onSaved: (entry: Entry) => void;
  onClose: () => void;
}) => {
  const { teamRef, entry, title, onSaved, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [draft, change] = useDraft(() => draftOf(entry, title));
  const save = async () => {
    const input = entryInput(draft, entry);
    onSaved(
      entry
        ? await zooportApi.updateEntry(entry.id, input, entry.revision)
        : await zooportApi.createEntry(teamRef, input),
    );
  };
  const faq = draft.kind === 'faq';
  return (
    <FormDialog
      title={entry ? 'Edit the entry' : 'New entry'}
      submitLabel={entry ? 'Save' : 'Create'}
      ready={isComplete(draft)}
      onSubmit={save}
      onClose={onClose}
    >
      {!entry && (
        <ChoiceField
          fullWidth
          margin="dense"
          label="Kind"
          value={draft.kind}
          onChange={kind => change({ kind: kind as EntryKind })}
          choices={entryKindChoices}
        />
      )}
      <FormField
        fullWidth
        required
        margin="dense"
        label={faq ? 'Question' : 'Title'}
        value={draft.title}
        inputProps={{ maxLength: 300 }}
        onChange={event => change({ title: event.target.value })}
      />
      <FormField
        fullWidth
        multiline
        minRows={faq ? 6 : 2}
        required={faq}
        margin="dense"
        label={faq ? 'Answer' : 'When to use it'}
        helperText="Markdown"
        value={draft.body}
        onChange={event => change({ body: event.target.value })}
      />
      {!faq && (
        <StepsInput steps={draft.steps} onChange={steps => change({ steps })} />
      )}
      <FormField
        fullWidth
        margin="dense"
        label="Tags"
        helperText="Separated by commas, e.g. deploy, preview"
        value={draft.tags}
        onChange={event => change({ tags: event.target.value })}
      />
      <FormField
        fullWidth
        margin="dense"
        type="number"
        label="Review every (days)"
        helperText={
          isReviewInterval(draft.reviewEveryDays)
            ? 'The entry is marked for review after this. Empty: never.'
            : 'A whole number of days, 1 to 3650.'
        }
        error={!isReviewInterval(draft.reviewEveryDays)}
        value={draft.reviewEveryDays}
        inputProps={{ min: 1, max: 3650 }}
        onChange={event => change({ reviewEveryDays: event.target.value })}
      />
    </FormDialog>
  );
};
