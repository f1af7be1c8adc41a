import Chip from '@material-ui/core/Chip';
import { Theme, getContrastRatio, makeStyles } from '@material-ui/core/styles';
import { PaletteColor } from '@material-ui/core/styles/createPalette';
import { SlaState } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';

const paletteOf = (theme: Theme) => ({
  on_track: theme.palette.info,
  at_risk: theme.palette.warning,
  met: theme.palette.success,
  breached: theme.palette.error,
});

/**
 * The chip's colours for a palette colour: its main shade, else its dark
 * one, with white or near-black text, whichever first reaches the 4.5:1
 * contrast small text needs (the palette's own contrast text is chosen at
 * 3:1). Near-black, not black: in the dark theme black reads as a colour
 * left over from the light one.
 */
function chipColours(colour: PaletteColor, theme: Theme) {
  const texts = [theme.palette.common.white, theme.palette.grey[900]];
  for (const background of [colour.main, colour.dark]) {
    const text = texts.find(t => getContrastRatio(background, t) >= 4.5);
    if (text) {
      return { backgroundColor: background, color: text };
    }
  }
  return { backgroundColor: colour.dark, color: theme.palette.common.white };
}

const useStyles = makeStyles(theme => ({
  chip: ({ state }: { state: SlaState }) =>
    chipColours(paletteOf(theme)[state], theme),
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
