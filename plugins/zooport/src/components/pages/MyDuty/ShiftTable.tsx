import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { MyShift } from '@zooport/plugin-zooport-common';
import { animalLabel, dutyRoleLabel } from '../../../labels';
import { formatInTeamZone, formatInViewerZone } from '../../../time';

/** An instant for the viewer, and below it on the desk's wall clock. */
const When = (props: { iso: string; zone?: string }) => (
  <>
    <Typography variant="body2">{formatInViewerZone(props.iso)}</Typography>
    {props.zone && (
      <Typography variant="caption" color="textSecondary">
        {formatInTeamZone(props.iso, props.zone)}
      </Typography>
    )}
  </>
);

/**
 * Stretches of duty: the desk, from and until in the viewer's zone with the
 * desk's wall clock below, and the role.
 */
export const ShiftTable = (props: { shifts: MyShift[]; label: string }) => {
  const { shifts, label } = props;
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Desk</TableCell>
          <TableCell>From</TableCell>
          <TableCell>Until</TableCell>
          <TableCell>Role</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {shifts.map(shift => (
          <TableRow key={`${shift.teamRef} ${shift.start}`}>
            <TableCell>
              <Typography variant="body2">
                {animalLabel(shift.animal)}
              </Typography>
              <EntityRefLink entityRef={shift.teamRef} defaultKind="group" />
            </TableCell>
            <TableCell>
              <When iso={shift.start} zone={shift.timeZone} />
            </TableCell>
            <TableCell>
              <When iso={shift.end} zone={shift.timeZone} />
            </TableCell>
            <TableCell style={{ whiteSpace: 'nowrap' }}>
              {dutyRoleLabel(shift.role, shift.source)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
