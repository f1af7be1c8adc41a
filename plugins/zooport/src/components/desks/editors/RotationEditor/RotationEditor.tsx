import { DateTime } from 'luxon';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  Desk,
  DeskInput,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import { useId, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../../api';
import { isStaleSave, problemOf } from '../../../../errors';
import { useTeamMembers } from '../../../../hooks/useTeamMembers';
import { RotationForm } from './RotationForm';
import { RotationPreview } from './RotationPreview';
import { draftOf, newRotation } from './rotationDraft';
import { useRotationPreview } from './useRotationPreview';

/** What a `PUT` of the desk takes: the desk without what the server adds. */
function inputOf(desk: Desk): DeskInput {
  const {
    teamRef: _teamRef,
    revision: _revision,
    updatedBy: _updatedBy,
    updatedAt: _updatedAt,
    ...input
  } = desk;
  return input;
}

/**
 * The rotation editor: every setting, a live preview of the next shifts as
 * the server computes them, the rules they break, and a save that never
 * overwrites someone else's newer version. Read-only without
 * `zooport.rotation.update` on the team.
 */
export const RotationEditor = (props: {
  desk: Desk;
  onClose: () => void;
  /** After a save, or when the person wants the newer version. */
  onChanged: () => void;
}) => {
  const { desk, onClose, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const titleId = useId();
  const [draft, setDraft] = useState(() =>
    desk.rotation
      ? draftOf(desk.rotation)
      : newRotation(desk.hours.timeZone, DateTime.now()),
  );
  const members = useTeamMembers(desk.teamRef);
  const preview = useRotationPreview(desk.teamRef, draft);
  const permission = usePermission({
    permission: zooportRotationUpdatePermission,
    resourceRef: desk.teamRef,
  });
  const readOnly = !permission.allowed;
  const [saving, save] = useAsyncFn(async () => {
    await zooportApi.saveDesk(
      desk.teamRef,
      { ...inputOf(desk), rotation: draft },
      desk.revision,
    );
    onChanged();
  }, [zooportApi, desk, draft, onChanged]);

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="lg"
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>
        Rotation of the {desk.animal.name}
        {readOnly && !permission.loading && (
          <Typography variant="body2" color="textSecondary">
            Read-only: only the team and Zooport admins change the rotation.
          </Typography>
        )}
      </DialogTitle>
      <DialogContent dividers>
        {members.loading && <Progress />}
        {members.error && <ResponseErrorPanel error={members.error} />}
        {members.value && (
          <Grid container spacing={4}>
            <Grid item xs={12} md={7}>
              <RotationForm
                draft={draft}
                members={members.value}
                readOnly={readOnly}
                onChange={setDraft}
              />
            </Grid>
            <Grid item xs={12} md={5}>
              <Typography variant="h6" component="h3">
                Next shifts
              </Typography>
              <RotationPreview preview={preview} members={members.value} />
            </Grid>
          </Grid>
        )}
        {isStaleSave(saving.error) ? (
          <Box mt={2} role="alert">
            <Typography color="error">
              Someone saved this desk while you were editing. Your changes are
              not saved; reload to see their version first.
            </Typography>
            <Button variant="outlined" onClick={onChanged}>
              Reload
            </Button>
          </Box>
        ) : (
          saving.error && (
            <Typography role="alert" color="error">
              {problemOf(saving.error)}
            </Typography>
          )
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{readOnly ? 'Close' : 'Cancel'}</Button>
        {!readOnly && (
          <Button
            color="primary"
            variant="contained"
            disabled={saving.loading || Boolean(preview.error)}
            onClick={save}
          >
            {saving.loading ? 'Saving…' : 'Save rotation'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
