import { parseEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Desk } from '@zooport/plugin-zooport-common';
import { useEffect, useRef } from 'react';
import { TeamMember } from '../../../../hooks/useTeamMembers';
import { formatInViewerZone } from '../../../../time';
import { RotationDraft, draftOf } from './rotationDraft';
import { rotationDifferences } from './rotationDifferences';

/**
 * Shown at the top of the editor when someone saved the desk while it was
 * being edited: who and when, their rotation next to yours where they
 * differ, and a choice between keeping yours on top of theirs and taking
 * theirs. Nothing of the edit is lost until the person chooses.
 */
export const StaleRotationNotice = (props: {
  theirs: Desk;
  yours: RotationDraft;
  members: TeamMember[];
  saving: boolean;
  onKeepYours: () => void;
  onTakeTheirs: () => void;
}) => {
  const { theirs, yours, members, saving, onKeepYours, onTakeTheirs } = props;
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    notice.current?.scrollIntoView?.({ block: 'nearest' });
    notice.current?.focus();
  }, []);
  const nameOf = (userRef: string) =>
    members.find(m => m.userRef === userRef)?.name ??
    parseEntityRef(userRef).name;
  const differences = rotationDifferences(
    theirs.rotation && draftOf(theirs.rotation),
    yours,
    nameOf,
  );
  const who = theirs.updatedBy ? nameOf(theirs.updatedBy) : 'Someone';
  const when = theirs.updatedAt
    ? ` at ${formatInViewerZone(theirs.updatedAt)}`
    : '';

  return (
    <Box mb={2}>
      <Alert severity="warning" ref={notice} tabIndex={-1} role="alert">
        <Typography variant="body2" paragraph>
          {who} saved this desk{when}, while you were editing. Yours is not
          saved yet.
          {differences.length === 0 && ' Their rotation is the same as yours.'}
        </Typography>
        {differences.length > 0 && (
          <Table size="small" aria-label="Their rotation and yours">
            <TableHead>
              <TableRow>
                <TableCell>Setting</TableCell>
                <TableCell>Theirs</TableCell>
                <TableCell>Yours</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {differences.map(difference => (
                <TableRow key={difference.setting}>
                  <TableCell>{difference.setting}</TableCell>
                  <TableCell>{difference.theirs}</TableCell>
                  <TableCell>{difference.yours}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Box mt={1} display="flex" gridGap={8}>
          <Button
            variant="contained"
            color="primary"
            disabled={saving}
            onClick={onKeepYours}
          >
            Save yours over theirs
          </Button>
          <Button variant="outlined" disabled={saving} onClick={onTakeTheirs}>
            Take theirs and keep editing
          </Button>
        </Box>
      </Alert>
    </Box>
  );
};
