import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { RequestSla, SlaClock } from '@zooport/plugin-zooport-common';
import { formatDeadline, formatMinutes } from '../../../time';
import { SlaChip } from '../SlaChip';

const Clock = (props: { name: string; clock: SlaClock; zone: string }) => {
  const { name, clock, zone } = props;
  const counted =
    clock.clock === 'business' ? 'in support hours' : 'around the clock';
  return (
    <Box mb={2} aria-label={`${name} clock`} role="group">
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="subtitle2">{name}</Typography>
        <SlaChip state={clock.state} paused={clock.paused} />
      </Box>
      <Typography variant="body2">
        {clock.deadline
          ? `Due ${formatDeadline(clock.deadline, zone)}`
          : 'No deadline while the clock is paused'}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {formatMinutes(clock.elapsedMinutes)} of{' '}
        {formatMinutes(clock.targetMinutes)}, counted {counted}
      </Typography>
    </Box>
  );
};

/** The first-response and resolution clocks of a request. */
export const SlaClocks = (props: { sla: RequestSla; zone: string }) => (
  <>
    <Clock
      name="First response"
      clock={props.sla.firstResponse}
      zone={props.zone}
    />
    <Clock name="Resolution" clock={props.sla.resolution} zone={props.zone} />
  </>
);
