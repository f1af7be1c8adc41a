import { Theme, useTheme } from '@material-ui/core/styles';

/**
 * Chart colours from the theme's palette, so that charts read in the light
 * and the dark theme alike.
 */
export function useChartColours() {
  const { palette } = useTheme<Theme>();
  return {
    first: palette.primary.main,
    second: palette.success.main,
    third: palette.warning.main,
    breach: palette.error.main,
    grid: palette.divider,
    text: palette.text.secondary,
    paper: palette.background.paper,
  };
}

/** Axis, grid and tooltip props every chart shares. */
export function useChartFrame() {
  const colours = useChartColours();
  return {
    colours,
    axis: {
      stroke: colours.grid,
      tick: { fill: colours.text, fontSize: 12 },
    },
    grid: { stroke: colours.grid, strokeDasharray: '3 3' },
    tooltip: {
      contentStyle: {
        background: colours.paper,
        borderColor: colours.grid,
      },
      labelStyle: { color: colours.text },
    },
  };
}
