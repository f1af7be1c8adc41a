import { DeskReport } from '@zooport/plugin-zooport-common';
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
import { hoursOf } from '../shared/chartNumbers';
import { useChartFrame } from '../shared/useChartColours';

/** Median and p90 time to first response and to resolution, per bucket. */
export const ResponseTimesChart = (props: {
  report: DeskReport;
  requestsLink: string;
}) => {
  const { report, requestsLink } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  const data = report.buckets.map(bucket => ({
    label: bucket.label,
    firstResponseMedian: hoursOf(bucket.firstResponse.medianMinutes),
    firstResponseP90: hoursOf(bucket.firstResponse.p90Minutes),
    resolutionMedian: hoursOf(bucket.resolution.medianMinutes),
    resolutionP90: hoursOf(bucket.resolution.p90Minutes),
  }));
  const { firstResponse, resolution } = report.totals;
  const time = (minutes: number | null) =>
    minutes === null ? 'none' : formatMinutes(minutes);
  return (
    <ChartCard
      title="Time to respond and resolve"
      requestsLink={requestsLink}
      linkNote="the desk's resolved requests"
    >
      <ChartArea
        summary={`Hours per ${
          report.bucket
        }. Over the range, first response: median ${time(
          firstResponse.medianMinutes,
        )}, p90 ${time(firstResponse.p90Minutes)}; resolution: median ${time(
          resolution.medianMinutes,
        )}, p90 ${time(resolution.p90Minutes)}.`}
      >
        <LineChart data={data}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="label" {...axis} />
          <YAxis unit=" h" {...axis} />
          <Tooltip {...tooltip} formatter={value => `${value} h`} />
          <Legend />
          <Line
            dataKey="firstResponseMedian"
            name="First response, median"
            stroke={colours.first}
            connectNulls
          />
          <Line
            dataKey="firstResponseP90"
            name="First response, p90"
            stroke={colours.first}
            strokeDasharray="4 4"
            connectNulls
          />
          <Line
            dataKey="resolutionMedian"
            name="Resolution, median"
            stroke={colours.second}
            connectNulls
          />
          <Line
            dataKey="resolutionP90"
            name="Resolution, p90"
            stroke={colours.second}
            strokeDasharray="4 4"
            connectNulls
          />
        </LineChart>
      </ChartArea>
    </ChartCard>
  );
};
