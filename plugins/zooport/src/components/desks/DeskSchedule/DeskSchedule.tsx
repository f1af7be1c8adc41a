import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import DeleteIcon from '@material-ui/icons/Delete';
import {
  Desk,
  StoredOverride,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { useParamInAddress } from '../../../hooks/useParamInAddress';
import { useSignedInUser } from '../../../hooks/useSignedInUser';
import { useTeamMembers } from '../../../hooks/useTeamMembers';
import { formatInViewerZone } from '../../../time';
import { ConfirmDialog } from '../../shared/FormDialog';
import { RotationEditor } from '../editors/RotationEditor';
import { OverrideDialog } from './OverrideDialog';
import { ShiftTimeline } from './ShiftTimeline';
import { useDeskSchedule } from './useDeskSchedule';

/** People by display name where the team's members say it, else by ref name. */
type NameOf = (userRef?: string | null) => string;

function describe(override: StoredOverride, name: NameOf): string {
  switch (override.kind) {
    case 'replace':
      return `${name(override.replacementRef)} covers for ${name(
        override.userRef,
      )}`;
    case 'remove':
      return `${name(override.userRef)} is away`;
    default:
      return `${name(override.userRef)} joins`;
  }
}

/**
 * The desk's coming shifts with overrides and gaps, the overrides
 * themselves, the calendar feed, and the way into the rotation editor.
 */
export const DeskSchedule = (props: { desk: Desk; onChanged: () => void }) => {
  const { desk, onChanged } = props;
  const teamRef = desk.teamRef;
  const zooportApi = useApi(zooportApiRef);
  const schedule = useDeskSchedule(teamRef);
  const members = useTeamMembers(teamRef);
  const me = useSignedInUser();
  const subscription = useAsync(
    () => zooportApi.getCalendarSubscription(teamRef),
    [zooportApi, teamRef],
  );
  const { allowed: mayChange } = usePermission({
    permission: zooportRotationUpdatePermission,
    resourceRef: teamRef,
  });
  // `?edit=rotation` opens the rotation editor: where the planning
  // reminder links to.
  const [edit, setEdit] = useParamInAddress('edit');
  const editing = edit === 'rotation';
  const setEditing = (on: boolean) => setEdit(on ? 'rotation' : '');
  const [overriding, setOverriding] = useState(false);
  const [removing, setRemoving] = useState<StoredOverride>();
  const names = new Map(members.value?.map(m => [m.userRef, m.name]) ?? []);
  const nameOf: NameOf = ref =>
    ref ? names.get(ref) ?? parseEntityRef(ref).name : '';

  const changed = () => {
    setEditing(false);
    setOverriding(false);
    setRemoving(undefined);
    schedule.retry();
    onChanged();
  };

  return (
    <InfoCard
      title="Schedule"
      subheader="The coming four weeks"
      action={
        <Box mt={1}>
          {mayChange && desk.rotation && (
            <Button onClick={() => setOverriding(true)}>
              Change who is on duty
            </Button>
          )}
          <Button color="primary" onClick={() => setEditing(true)}>
            {mayChange ? 'Edit rotation' : 'Rotation settings'}
          </Button>
        </Box>
      }
    >
      {schedule.loading && <Progress />}
      {schedule.error && <ResponseErrorPanel error={schedule.error} />}
      {schedule.value && (
        <>
          <ShiftTimeline shifts={schedule.value.shifts} names={names} />
          {schedule.value.overrides.length > 0 && (
            <>
              <Typography variant="subtitle2">Overrides</Typography>
              <List dense aria-label="Overrides">
                {schedule.value.overrides.map(override => (
                  <ListItem key={override.id}>
                    <ListItemText
                      primary={describe(override, nameOf)}
                      secondary={`${formatInViewerZone(
                        override.start,
                      )} – ${formatInViewerZone(override.end)}${
                        override.reason ? `: ${override.reason}` : ''
                      }`}
                    />
                    {mayChange && (
                      <ListItemSecondaryAction>
                        <IconButton
                          aria-label={`Remove the override: ${describe(
                            override,
                            nameOf,
                          )}`}
                          onClick={() => setRemoving(override)}
                        >
                          <DeleteIcon />
                        </IconButton>
                      </ListItemSecondaryAction>
                    )}
                  </ListItem>
                ))}
              </List>
            </>
          )}
        </>
      )}
      {subscription.value && (
        <Box mt={1}>
          <Link to={subscription.value.webcal}>Subscribe to the calendar</Link>
          <Typography variant="caption" color="textSecondary" component="p">
            Or add this address to your calendar app: {subscription.value.url}
          </Typography>
        </Box>
      )}
      {editing && (
        <RotationEditor
          desk={desk}
          onClose={() => setEditing(false)}
          onChanged={changed}
        />
      )}
      {removing && (
        <ConfirmDialog
          title="Remove the override?"
          confirmLabel="Remove"
          onConfirm={async () => {
            await zooportApi.deleteOverride(teamRef, removing.id);
            changed();
          }}
          onClose={() => setRemoving(undefined)}
        >
          {describe(removing, nameOf)}, {formatInViewerZone(removing.start)} –{' '}
          {formatInViewerZone(removing.end)}. Without it the rotation decides
          who is on duty then, and the override cannot be brought back.
        </ConfirmDialog>
      )}
      {overriding && members.value && me.value && (
        <OverrideDialog
          members={members.value}
          me={me.value}
          onClose={() => setOverriding(false)}
          onSubmit={async input => {
            await zooportApi.addOverride(teamRef, input);
            changed();
          }}
        />
      )}
    </InfoCard>
  );
};
