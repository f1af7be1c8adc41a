import { Progress } from '@backstage/core-components';
import { parseEntityRef } from '@backstage/catalog-model';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  ReadinessWarning,
  ScheduledShift,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { problemOf } from '../../../../errors';
import { TeamMember } from '../../../../hooks/useTeamMembers';
import { formatInViewerZone, formatInZone } from '../../../../time';
import { readinessWarningText } from '../../../readiness/stages/stageLabels';
import { backToBackShifts } from './backToBack';

/** What a shift breaks, in words: "shift of 12 Mar has nobody with …". */
export function violationText(shift: ScheduledShift): string {
  const day = DateTime.fromISO(shift.start).toFormat('d LLL');
  return `shift of ${day} has nobody with ${shift.missingCapabilities.join(
    ', ',
  )}`;
}

/** An instant on the rotation's wall clock, with the viewer's own beside it when it reads otherwise. */
const ShiftTime = (props: { iso: string; timeZone: string }) => {
  const onRotation = formatInZone(props.iso, props.timeZone);
  const yours = formatInViewerZone(props.iso);
  return (
    <>
      {onRotation}
      {yours !== onRotation && (
        <Typography variant="caption" color="textSecondary" component="div">
          your time {yours}
        </Typography>
      )}
    </>
  );
};

/**
 * The next shifts of the draft as the server computes them, on the
 * rotation's wall clock, with the rules they break and anyone who would
 * serve two shifts in a row.
 */
export const RotationPreview = (props: {
  preview: {
    loading: boolean;
    error?: Error;
    value?: {
      shifts: ScheduledShift[];
      readinessWarnings?: ReadinessWarning[];
    };
  };
  members: TeamMember[];
  /** The rotation's zone, whose wall clock the handoffs follow. */
  timeZone: string;
}) => {
  const { preview, members, timeZone } = props;
  const nameOf = (userRef: string) =>
    members.find(m => m.userRef === userRef)?.name ??
    parseEntityRef(userRef).name;
  if (preview.error) {
    return (
      <Typography role="alert" color="error">
        {problemOf(preview.error)}
      </Typography>
    );
  }
  if (!preview.value) {
    return <Progress />;
  }
  const { shifts, readinessWarnings = [] } = preview.value;
  const unready = new Set(readinessWarnings.map(w => w.shiftIndex));
  const problems = shifts.filter(s => s.missingCapabilities.length > 0);
  const repeats = backToBackShifts(shifts);
  return (
    <>
      {preview.loading && <Progress />}
      <Typography variant="caption" color="textSecondary" component="p">
        Times on the rotation's wall clock ({timeZone}).
      </Typography>
      <Table size="small" aria-label="Next shifts">
        <TableHead>
          <TableRow>
            <TableCell>From</TableCell>
            <TableCell>Until</TableCell>
            <TableCell>On duty</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shifts.map(shift => {
            const people = shift.segments[0]?.onDuty ?? [];
            const flagged =
              shift.gap ||
              shift.missingCapabilities.length > 0 ||
              unready.has(shift.index);
            return (
              <TableRow key={shift.start}>
                <TableCell>
                  <ShiftTime iso={shift.start} timeZone={timeZone} />
                </TableCell>
                <TableCell>
                  <ShiftTime iso={shift.end} timeZone={timeZone} />
                </TableCell>
                <TableCell>
                  <Typography
                    variant="body2"
                    color={flagged ? 'error' : 'textPrimary'}
                  >
                    {people.length
                      ? people
                          .map(
                            p =>
                              `${nameOf(p.userRef)} (${p.role}${
                                p.source === 'override' ? ', covering' : ''
                              })`,
                          )
                          .join(', ')
                      : 'nobody'}
                    {shift.gap && ' — a gap'}
                  </Typography>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {problems.map(shift => (
        <Typography key={shift.start} color="error" role="status">
          {violationText(shift)}
        </Typography>
      ))}
      {repeats.map(repeat => (
        <Typography
          key={`${repeat.userRef} ${repeat.start}`}
          color="error"
          role="status"
        >
          {nameOf(repeat.userRef)} would be {repeat.role} two shifts in a row,
          first from {formatInZone(repeat.start, timeZone)}
          {repeat.times > 1 && `, ${repeat.times} times in these shifts`}
        </Typography>
      ))}
      {readinessWarnings.map(warning => (
        <Typography
          key={`${warning.shiftIndex} ${warning.kind} ${warning.userRef}`}
          color="error"
          role="status"
        >
          shift from {formatInZone(warning.shiftStart, timeZone)}:{' '}
          {nameOf(warning.userRef)} {readinessWarningText(warning)}
        </Typography>
      ))}
    </>
  );
};
