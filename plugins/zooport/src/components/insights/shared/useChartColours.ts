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
    fourth: palette.info.main,
    fifth: palette.secondary.main,
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

/** The colours a series may take. */
export type ChartColour = Exclude<
  keyof ReturnType<typeof useChartColours>,
  'grid' | 'text' | 'paper'
>;

/** Series colours in turn, for as many series as a breakdown has. */
export const seriesColours: ChartColour[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
];
