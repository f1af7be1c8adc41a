import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartArea } from './ChartCard';
import { ChartColour, useChartFrame } from './useChartColours';

/** One series of a chart over report buckets: a line or a bar per bucket. */
export interface BucketSeries {
  /** The field of each bucket's datum it draws. */
  key: string;
  name: string;
  kind: 'line' | 'bar';
  colour: ChartColour;
  /** A dashed line, e.g. a p90 beside its median. */
  dashed?: boolean;
  /** Bars of the same stack sit on top of each other. */
  stack?: string;
}

/**
 * A chart of figures per report bucket (`label` on the x axis; each
 * series draws the field its `key` names), in the
 * theme's frame, named for screen readers by `summary`.
 */
export const BucketChart = (props: {
  data: { label: string }[];
  series: BucketSeries[];
  summary: string;
  /** What follows each figure on the axis and in the tooltip, e.g. "%". */
  unit?: string;
  /** Percentages run from 0 to 100 whatever the figures. */
  percent?: boolean;
  height?: number;
  legend?: boolean;
}) => {
  const { data, series, summary, unit = '', percent, height } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  return (
    <ChartArea summary={summary} height={height}>
      <ComposedChart data={data}>
        <CartesianGrid {...grid} />
        <XAxis dataKey="label" {...axis} />
        <YAxis
          unit={unit}
          domain={percent ? [0, 100] : undefined}
          allowDecimals={Boolean(unit)}
          {...axis}
        />
        <Tooltip
          {...tooltip}
          formatter={value => (unit ? `${value}${unit}` : value)}
        />
        {props.legend !== false && <Legend />}
        {series.map(one =>
          one.kind === 'bar' ? (
            <Bar
              key={one.key}
              dataKey={one.key}
              name={one.name}
              fill={colours[one.colour]}
              stackId={one.stack}
            />
          ) : (
            <Line
              key={one.key}
              dataKey={one.key}
              name={one.name}
              stroke={colours[one.colour]}
              strokeWidth={2}
              strokeDasharray={one.dashed ? '4 4' : undefined}
              connectNulls
            />
          ),
        )}
      </ComposedChart>
    </ChartArea>
  );
};
