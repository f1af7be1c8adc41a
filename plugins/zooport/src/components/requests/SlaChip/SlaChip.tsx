import Chip from '@material-ui/core/Chip';
import { Theme, getContrastRatio, makeStyles } from '@material-ui/core/styles';
import { SlaState } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';

const paletteOf = (theme: Theme) => ({
  on_track: theme.palette.info,
  at_risk: theme.palette.warning,
  met: theme.palette.success,
  breached: theme.palette.error,
});

/**
 * Black or white, whichever stands out more from `background`: one of them
 * always reaches the 4.5:1 contrast that small text needs, which the
 * palette's own contrast text (chosen at 3:1) does not promise.
 */
function readableOn(background: string): string {
  return getContrastRatio(background, '#fff') >=
    getContrastRatio(background, '#000')
    ? '#fff'
    : '#000';
}

const useStyles = makeStyles(theme => ({
  chip: ({ state }: { state: SlaState }) => ({
    backgroundColor: paletteOf(theme)[state].main,
    color: readableOn(paletteOf(theme)[state].main),
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
