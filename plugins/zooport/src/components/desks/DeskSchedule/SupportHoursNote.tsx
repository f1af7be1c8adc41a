import Typography from '@material-ui/core/Typography';
import {
  isOpenAt,
  nextOpening,
  SupportHours,
} from '@zooport/plugin-zooport-common';
import { useNow } from '../../../hooks/useNow';
import { formatInTeamZone, formatInViewerZone } from '../../../time';

/** "Open now", or that the desk is closed and when it opens, for the viewer and the team. */
export const SupportHoursNote = ({ hours }: { hours: SupportHours }) => {
  const now = useNow();
  if (hours.weekly.length === 0) {
    return null;
  }
  if (isOpenAt(hours, now)) {
    return (
      <Typography variant="body2" style={{ fontWeight: 500 }}>
        Open now
      </Typography>
    );
  }
  const opening = nextOpening(hours, now)?.toISO();
  return opening ? (
    <Typography variant="body2" color="textSecondary">
      Closed now; opens {formatInViewerZone(opening)} (
      {formatInTeamZone(opening, hours.timeZone)})
    </Typography>
  ) : null;
};
