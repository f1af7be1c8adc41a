import { DeskReport } from '@zooport/plugin-zooport-common';
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
import { ChartArea, ChartCard } from '../shared/ChartCard';
import { useChartFrame } from '../shared/useChartColours';

/** Requests filed and resolved per bucket, and the backlog at its end. */
export const VolumeChart = (props: {
  report: DeskReport;
  requestsLink: string;
}) => {
  const { report, requestsLink } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  const { filed, resolved, openAtEnd } = report.totals;
  return (
    <ChartCard
      title="Filed and resolved"
      requestsLink={requestsLink}
      linkNote="all of the desk's requests; the list has no filter by date"
    >
      <ChartArea
        summary={`${filed} filed and ${resolved} resolved in ${report.buckets.length} ${report.bucket}s; ${openAtEnd} open at the end.`}
      >
        <ComposedChart data={report.buckets}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip {...tooltip} />
          <Legend />
          <Bar dataKey="filed" name="Filed" fill={colours.first} />
          <Bar dataKey="resolved" name="Resolved" fill={colours.second} />
          <Line
            dataKey="open"
            name="Open (backlog)"
            stroke={colours.third}
            strokeWidth={2}
          />
        </ComposedChart>
      </ChartArea>
    </ChartCard>
  );
};
