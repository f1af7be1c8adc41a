import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SURVEY_MIN_RESPONSES } from '@zooport/plugin-zooport-common';
import { ChartArea } from '../../insights/shared/ChartCard';
import { useChartFrame } from '../../insights/shared/useChartColours';
import { SurveyTrendPoint } from './surveyTrendPoints';

/** What a screen reader hears of one month. */
function monthSummary(point: SurveyTrendPoint): string {
  const answers = `${point.responses} answer${
    point.responses === 1 ? '' : 's'
  }`;
  const workshops = `${point.workshops} workshop${
    point.workshops === 1 ? '' : 's'
  } held`;
  if (point.median === undefined) {
    return `${point.label}: ${answers}, figures from ${SURVEY_MIN_RESPONSES}; ${workshops}`;
  }
  const drop = point.drop ? ', a drop' : '';
  return `${point.label}: median ${point.median}${drop}, ${answers}; ${workshops}`;
}

/**
 * The survey's months on one chart: the median with the quartiles and the
 * lowest–highest as bands (scores 1 to 10, left), and the answers and
 * workshops held as bars (right). A drop's dot is drawn in the error
 * colour.
 */
export const SurveyTrendChart = (props: { points: SurveyTrendPoint[] }) => {
  const { points } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  return (
    <ChartArea summary={points.map(monthSummary).join('. ')} height={280}>
      <ComposedChart data={points}>
        <CartesianGrid {...grid} />
        <XAxis dataKey="label" {...axis} />
        <YAxis
          yAxisId="score"
          domain={[1, 10]}
          ticks={[1, 4, 7, 10]}
          {...axis}
        />
        <YAxis
          yAxisId="count"
          orientation="right"
          allowDecimals={false}
          // The bars keep to the lower half, under the scores' line.
          domain={[0, (most: number) => Math.max(4, most * 2)]}
          {...axis}
        />
        <Tooltip {...tooltip} />
        <Legend />
        <Bar
          yAxisId="count"
          dataKey="responses"
          name="Answers"
          fill={colours.fourth}
          fillOpacity={0.5}
        />
        <Bar
          yAxisId="count"
          dataKey="workshops"
          name="Workshops held"
          fill={colours.second}
          fillOpacity={0.7}
        />
        <Area
          yAxisId="score"
          dataKey="range"
          name="Lowest–highest"
          stroke="none"
          fill={colours.first}
          fillOpacity={0.12}
        />
        <Area
          yAxisId="score"
          dataKey="quartiles"
          name="Quartiles"
          stroke="none"
          fill={colours.first}
          fillOpacity={0.25}
        />
        <Line
          yAxisId="score"
          dataKey="median"
          name="Median"
          stroke={colours.first}
          strokeWidth={2}
          connectNulls
          dot={({ cx, cy, payload, key }) =>
            // A month without figures has no median, so no dot.
            payload.median === undefined ? (
              <g key={key} />
            ) : (
              <circle
                key={key}
                cx={cx}
                cy={cy}
                r={payload.drop ? 6 : 4}
                fill={payload.drop ? colours.breach : colours.first}
              />
            )
          }
        />
      </ComposedChart>
    </ChartArea>
  );
};

/** The months below three answers and the drops, in words under the chart. */
export const SurveyTrendNotes = (props: { points: SurveyTrendPoint[] }) => {
  const hidden = props.points.filter(
    p => p.median === undefined && p.responses > 0,
  );
  const drops = props.points.filter(p => p.drop);
  return (
    <>
      {drops.map(point => (
        <Alert key={point.month} severity="warning" role="status">
          Confidence dropped in {point.label}: median {point.median}.
        </Alert>
      ))}
      {hidden.map(point => (
        <Typography key={point.month} variant="body2" color="textSecondary">
          {point.label}: {point.responses} answer
          {point.responses === 1 ? '' : 's'}, figures from{' '}
          {SURVEY_MIN_RESPONSES}.
        </Typography>
      ))}
    </>
  );
};
