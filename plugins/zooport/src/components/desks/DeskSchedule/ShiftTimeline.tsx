import { parseEntityRef } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import {
  ScheduledShift,
  ScheduledSegment,
} from '@zooport/plugin-zooport-common';
import { formatInViewerZone } from '../../../time';

const Segment = (props: {
  segment: ScheduledSegment;
  nameOf: (userRef: string) => string;
  /** Whether the shift has several stretches, each needing its start. */
  split: boolean;
}) => {
  const { segment, nameOf, split } = props;
  const people = segment.onDuty.map(member => (
    <Chip
      key={member.userRef}
      size="small"
      label={`${nameOf(member.userRef)} · ${member.role}`}
      color={member.source === 'override' ? 'secondary' : 'default'}
      variant={member.source === 'override' ? 'default' : 'outlined'}
      style={{ marginRight: 4 }}
    />
  ));
  return (
    <Box display="flex" alignItems="center" flexWrap="wrap" mt={0.5}>
      {split && (
        <Typography
          variant="caption"
          color="textSecondary"
          style={{ minWidth: 120 }}
        >
          from {formatInViewerZone(segment.start)}
        </Typography>
      )}
      {people}
      {!segment.supportDay && (
        <Typography variant="body2" color="textSecondary">
          no support day
          {segment.onDuty.length ? ', the fallback answers' : ''}
        </Typography>
      )}
      {segment.gap && (
        <Typography variant="body2" color="error">
          gap
          {segment.onDuty.length ? ', the fallback covers' : ', nobody covers'}
        </Typography>
      )}
      {segment.missingCapabilities.length > 0 && (
        <Typography variant="body2" color="error">
          nobody with {segment.missingCapabilities.join(', ')}
        </Typography>
      )}
    </Box>
  );
};

/**
 * The coming shifts, one row each; a shift that an override changes shows
 * each stretch, with the people who cover highlighted, gaps in red and days
 * without support as such.
 */
export const ShiftTimeline = (props: {
  shifts: ScheduledShift[];
  /** Display names of the team's members; others show their entity name. */
  names?: Map<string, string>;
}) => {
  const { shifts, names } = props;
  const nameOf = (userRef: string) =>
    names?.get(userRef) ?? parseEntityRef(userRef).name;
  if (shifts.length === 0) {
    return (
      <Typography color="textSecondary">
        No shifts in the coming weeks.
      </Typography>
    );
  }
  return (
    <Box
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label="Coming shifts"
    >
      {shifts.map(shift => (
        <Box component="li" key={shift.start} mb={1.5}>
          <Typography variant="subtitle2">
            {formatInViewerZone(shift.start)} – {formatInViewerZone(shift.end)}
          </Typography>
          {shift.segments.map(segment => (
            <Segment
              key={segment.start}
              segment={segment}
              nameOf={nameOf}
              split={shift.segments.length > 1}
            />
          ))}
        </Box>
      ))}
    </Box>
  );
};
