import { useApi } from '@backstage/core-plugin-api';
import { ReadinessActionLink } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { zooportApiRef } from '../../../api';
import { useDraft } from '../../../hooks/useDraft';
import { TeamMember } from '../../../hooks/useTeamMembers';
import { ChoiceField, FormDialog, FormField } from '../../shared/FormDialog';
import { MemberChoice } from '../MemberChoice';
import { actionInputOf, isLinkComplete, newActionDraft } from './actionDraft';

const linkKindChoices = [
  { value: '', label: 'No link' },
  { value: 'entry', label: 'A knowledge entry (its id)' },
  { value: 'request', label: 'A request (its id)' },
  { value: 'url', label: 'An address (http or https)' },
];

/**
 * Agrees on an action: what, an owner from the team, a due date, and
 * optionally a link to an entry, a request or an address.
 */
export const ActionDialog = (props: {
  teamRef: string;
  workshopId: string;
  turnId: string | null;
  title?: string;
  members: TeamMember[];
  onCreated: () => void;
  onClose: () => void;
}) => {
  const { teamRef, workshopId, turnId, members, onCreated, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [draft, change] = useDraft(() =>
    newActionDraft(
      props.title ?? '',
      DateTime.now().plus({ weeks: 2 }).toISODate()!,
    ),
  );
  const input = actionInputOf(draft, turnId);
  const create = async () => {
    if (input) {
      await zooportApi.addReadinessAction(teamRef, workshopId, input);
      onCreated();
    }
  };
  return (
    <FormDialog
      title="New action"
      submitLabel="Create the action"
      ready={input !== undefined}
      onSubmit={create}
      onClose={onClose}
    >
      <FormField
        fullWidth
        required
        margin="dense"
        label="What to do"
        value={draft.title}
        inputProps={{ maxLength: 300 }}
        onChange={event => change({ title: event.target.value })}
      />
      <MemberChoice
        label="Owner"
        members={members}
        value={draft.ownerRef}
        onChange={ownerRef => change({ ownerRef })}
      />
      <FormField
        fullWidth
        required
        margin="dense"
        type="date"
        label="Due on"
        InputLabelProps={{ shrink: true }}
        value={draft.dueOn}
        onChange={event => change({ dueOn: event.target.value })}
      />
      <ChoiceField
        fullWidth
        margin="dense"
        label="Link"
        value={draft.linkKind}
        choices={linkKindChoices}
        onChange={linkKind =>
          change({ linkKind: linkKind as '' | ReadinessActionLink['kind'] })
        }
      />
      {draft.linkKind && (
        <>
          <FormField
            fullWidth
            margin="dense"
            label={draft.linkKind === 'url' ? 'Address' : 'Id'}
            value={draft.linkTarget}
            error={draft.linkTarget !== '' && !isLinkComplete(draft)}
            onChange={event => change({ linkTarget: event.target.value })}
          />
          <FormField
            fullWidth
            margin="dense"
            label="Link label"
            value={draft.linkLabel}
            onChange={event => change({ linkLabel: event.target.value })}
          />
        </>
      )}
    </FormDialog>
  );
};
