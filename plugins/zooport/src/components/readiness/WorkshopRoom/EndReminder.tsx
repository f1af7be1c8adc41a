import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { useNow } from '../../../hooks/useNow';

const REMINDER_MINUTES = 15;

/**
 * A reminder once 15 minutes or fewer are left before the workshop ends:
 * time to wrap up and agree on the actions.
 */
export const EndReminder = ({ endsAt }: { endsAt: string }) => {
  const now = useNow(1000);
  const left = DateTime.fromISO(endsAt).diff(now, 'minutes').minutes;
  if (left > REMINDER_MINUTES || left <= 0) {
    return null;
  }
  return (
    <Alert severity="warning" role="status">
      <Typography variant="body1">
        {Math.ceil(left)} minutes left: time to wrap up and agree on the
        actions.
      </Typography>
    </Alert>
  );
};
