import { DateTime } from 'luxon';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
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
import { StaleRotationNotice } from './StaleRotationNotice';
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
  const alertApi = useApi(alertApiRef);
  const titleId = useId();
  /** The stored version the edit goes on top of: theirs, once it is chosen. */
  const [base, setBase] = useState(desk);
  /** A newer version someone saved while this one was being edited. */
  const [theirs, setTheirs] = useState<Desk>();
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
  const [saving, save] = useAsyncFn(
    async (onTopOf: Desk = base) => {
      try {
        await zooportApi.saveDesk(
          onTopOf.teamRef,
          { ...inputOf(onTopOf), rotation: draft },
          onTopOf.revision,
        );
      } catch (error) {
        if (isStaleSave(error)) {
          setTheirs(await zooportApi.getDesk(desk.teamRef));
        }
        throw error;
      }
      setTheirs(undefined);
      alertApi.post({
        message: `Rotation of the ${desk.animal.name} saved.`,
        severity: 'success',
        display: 'transient',
      });
      onChanged();
    },
    [zooportApi, alertApi, base, desk, draft, onChanged],
  );

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
        {isStaleSave(saving.error) && theirs && members.value && (
          <StaleRotationNotice
            theirs={theirs}
            yours={draft}
            members={members.value}
            saving={saving.loading}
            onKeepYours={() => {
              setBase(theirs);
              save(theirs);
            }}
            onTakeTheirs={() => {
              setBase(theirs);
              setDraft(
                theirs.rotation
                  ? draftOf(theirs.rotation)
                  : newRotation(theirs.hours.timeZone, DateTime.now()),
              );
              setTheirs(undefined);
            }}
          />
        )}
        {saving.error && !(isStaleSave(saving.error) && theirs) && (
          <Typography role="alert" color="error" paragraph>
            {problemOf(saving.error)}
          </Typography>
        )}
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
              <RotationPreview
                preview={preview}
                members={members.value}
                timeZone={draft.timeZone}
              />
            </Grid>
          </Grid>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{readOnly ? 'Close' : 'Cancel'}</Button>
        {!readOnly && (
          <Button
            color="primary"
            variant="contained"
            disabled={
              saving.loading ||
              Boolean(preview.error) ||
              (isStaleSave(saving.error) && Boolean(theirs))
            }
            onClick={() => save()}
          >
            {saving.loading ? 'Saving…' : 'Save rotation'}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
