import { useApi } from '@backstage/core-plugin-api';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Typography from '@material-ui/core/Typography';
import { Workshop } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { zooportApiRef } from '../../../api';
import { useDraft } from '../../../hooks/useDraft';
import { useTeamMembers } from '../../../hooks/useTeamMembers';
import { formatInZone } from '../../../time';
import { Fieldset } from '../../shared/EditorFields';
import { FormDialog, FormField } from '../../shared/FormDialog';
import { MemberChoice } from '../MemberChoice';
import {
  MAX_WORKSHOP_MINUTES,
  MIN_WORKSHOP_MINUTES,
  isDuration,
  newWorkshopDraft,
  startOf,
  workshopInputOf,
} from './workshopDraft';

/**
 * Plans a workshop: its start in the viewer's zone (the desk's wall clock
 * shown beside it), its length, a facilitator and the participants, all
 * from the team's members.
 */
export const WorkshopPlanDialog = (props: {
  teamRef: string;
  zone: string;
  onPlanned: (workshop: Workshop) => void;
  onClose: () => void;
}) => {
  const { teamRef, zone, onPlanned, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const members = useTeamMembers(teamRef);
  const [draft, change] = useDraft(() => newWorkshopDraft(DateTime.now()));
  const input = workshopInputOf(draft);
  const start = startOf(draft);
  const plan = async () => {
    if (input) {
      onPlanned(await zooportApi.planWorkshop(teamRef, input));
    }
  };
  const memberList = members.value ?? [];
  const toggle = (userRef: string, on: boolean) =>
    change({
      participantRefs: on
        ? [...draft.participantRefs, userRef]
        : draft.participantRefs.filter(one => one !== userRef),
    });
  return (
    <FormDialog
      title="Plan a workshop"
      submitLabel="Plan"
      ready={input !== undefined}
      onSubmit={plan}
      onClose={onClose}
    >
      <FormField
        fullWidth
        required
        margin="dense"
        type="datetime-local"
        label={`Starts (your time, ${DateTime.local().zoneName})`}
        InputLabelProps={{ shrink: true }}
        value={draft.start}
        helperText={
          start
            ? `On the desk's clock: ${formatInZone(
                start.toISO()!,
                zone,
              )} (${zone})`
            : 'A date and a time'
        }
        error={!start}
        onChange={event => change({ start: event.target.value })}
      />
      <FormField
        fullWidth
        required
        margin="dense"
        type="number"
        label="Duration (minutes)"
        value={draft.durationMinutes}
        inputProps={{ min: MIN_WORKSHOP_MINUTES, max: MAX_WORKSHOP_MINUTES }}
        error={!isDuration(draft.durationMinutes)}
        helperText={`${MIN_WORKSHOP_MINUTES} to ${MAX_WORKSHOP_MINUTES} minutes`}
        onChange={event => change({ durationMinutes: event.target.value })}
      />
      {members.error && (
        <Typography color="error">
          The team's members could not be loaded from the catalog.
        </Typography>
      )}
      <MemberChoice
        label="Facilitator"
        members={memberList}
        value={draft.facilitatorRef}
        onChange={facilitatorRef => change({ facilitatorRef })}
      />
      <Fieldset legend="Participants">
        {memberList.map(member => (
          <FormControlLabel
            key={member.userRef}
            label={member.name}
            control={
              <Checkbox
                checked={draft.participantRefs.includes(member.userRef)}
                onChange={event => toggle(member.userRef, event.target.checked)}
              />
            }
          />
        ))}
      </Fieldset>
    </FormDialog>
  );
};
