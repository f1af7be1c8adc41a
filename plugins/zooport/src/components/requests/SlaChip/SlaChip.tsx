import Chip from '@material-ui/core/Chip';
import { Theme, makeStyles } from '@material-ui/core/styles';
import { SlaState } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';

const paletteOf = (theme: Theme) => ({
  on_track: theme.palette.info,
  at_risk: theme.palette.warning,
  met: theme.palette.success,
  breached: theme.palette.error,
});

const useStyles = makeStyles(theme => ({
  chip: ({ state }: { state: SlaState }) => ({
    backgroundColor: paletteOf(theme)[state].main,
    color: paletteOf(theme)[state].contrastText,
  }),
}));

/** An SLA clock's state, coloured from the theme; a paused clock says so. */
export const SlaChip = (props: { state: SlaState; paused?: boolean }) => {
  const { state, paused } = props;
  const classes = useStyles({ state });
  const label = labelOf(state);
  return (
    <Chip
      size="small"
      className={classes.chip}
      label={paused ? `${label}, paused` : label}
    />
  );
};
