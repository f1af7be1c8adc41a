import Typography from '@material-ui/core/Typography';
import { WorkshopTurn } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { useNow } from '../../../hooks/useNow';

/** How long the turn has run: it stops when the turn ends. */
export const TurnTimer = ({ turn }: { turn: WorkshopTurn }) => {
  const now = useNow(1000);
  const end = turn.endedAt ? DateTime.fromISO(turn.endedAt) : now;
  const elapsed = end.diff(DateTime.fromISO(turn.startedAt));
  const shown = elapsed.toMillis() > 0 ? elapsed.toFormat('mm:ss') : '00:00';
  return (
    <Typography variant="h4" component="p">
      <Typography component="span" variant="srOnly">
        Turn time{' '}
      </Typography>
      {shown}
      {turn.endedAt && (
        <Typography component="span" color="textSecondary">
          {' '}
          (ended)
        </Typography>
      )}
    </Typography>
  );
};
