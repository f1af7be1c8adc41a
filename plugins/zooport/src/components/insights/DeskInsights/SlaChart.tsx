import { ClockFigures, DeskReport } from '@zooport/plugin-zooport-common';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMinutes } from '../../../time';
import { ChartArea, ChartCard } from '../shared/ChartCard';
import { percentOf } from '../shared/chartNumbers';
import { useChartFrame } from '../shared/useChartColours';

function clockSummary(name: string, clock: ClockFigures): string {
  if (clock.metShare === null) {
    return `${name}: none counted`;
  }
  const times =
    clock.medianMinutes === null
      ? ''
      : `, median ${formatMinutes(clock.medianMinutes)}, p90 ${formatMinutes(
          clock.p90Minutes ?? clock.medianMinutes,
        )}`;
  return `${name}: ${percentOf(clock.metShare)}% within target (${
    clock.met
  } of ${clock.counted})${times}`;
}

/** The share of SLA clocks stopped in time, per bucket. */
export const SlaChart = (props: {
  report: DeskReport;
  requestsLink: string;
}) => {
  const { report, requestsLink } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  const data = report.buckets.map(bucket => ({
    label: bucket.label,
    firstResponse: percentOf(bucket.firstResponse.metShare),
    resolution: percentOf(bucket.resolution.metShare),
  }));
  const { firstResponse, resolution } = report.totals;
  return (
    <ChartCard
      title="Within SLA"
      requestsLink={requestsLink}
      linkNote="the desk's breached requests"
    >
      <ChartArea
        summary={`${clockSummary(
          'First response',
          firstResponse,
        )}. ${clockSummary('Resolution', resolution)}.`}
      >
        <LineChart data={data}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="label" {...axis} />
          <YAxis domain={[0, 100]} unit="%" {...axis} />
          <Tooltip {...tooltip} formatter={value => `${value}%`} />
          <Legend />
          <Line
            dataKey="firstResponse"
            name="First response"
            stroke={colours.first}
            strokeWidth={2}
            connectNulls
          />
          <Line
            dataKey="resolution"
            name="Resolution"
            stroke={colours.second}
            strokeWidth={2}
            connectNulls
          />
        </LineChart>
      </ChartArea>
    </ChartCard>
  );
};
