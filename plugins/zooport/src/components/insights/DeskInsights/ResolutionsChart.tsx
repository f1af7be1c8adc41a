import {
  DeskReport,
  ResolutionCategory,
  resolutionLabels,
} from '@zooport/plugin-zooport-common';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartArea, ChartCard } from '../shared/ChartCard';
import { percentOf } from '../shared/chartNumbers';
import { useChartFrame } from '../shared/useChartColours';

/**
 * How requests were resolved, by category, and the share deflected to
 * what already existed (documentation, FAQ, self-service) per bucket.
 */
export const ResolutionsChart = (props: {
  report: DeskReport;
  requestsLink: string;
}) => {
  const { report, requestsLink } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  const categories = (
    Object.entries(report.resolutions) as [ResolutionCategory, number][]
  )
    .sort((a, b) => b[1] - a[1])
    .map(([category, requests]) => ({
      name: resolutionLabels[category],
      requests,
    }));
  const trend = report.buckets.map(bucket => ({
    label: bucket.label,
    share: percentOf(bucket.deflection.share),
  }));
  const { deflection } = report.totals;
  const deflected =
    deflection.share === null
      ? 'Nothing resolved.'
      : `${percentOf(deflection.share)}% deflected (${
          deflection.deflected
        } of ${deflection.resolved}).`;
  return (
    <ChartCard
      title="Resolutions and deflection"
      requestsLink={requestsLink}
      linkNote="the desk's resolved requests; the list has no filter by category"
    >
      <ChartArea
        height={200}
        summary={`${
          categories
            .map(({ name, requests }) => `${name}: ${requests}`)
            .join(', ') || 'No resolutions'
        }. ${deflected}`}
      >
        <BarChart data={categories} layout="vertical">
          <CartesianGrid {...grid} />
          <XAxis type="number" allowDecimals={false} {...axis} />
          <YAxis type="category" dataKey="name" width={140} {...axis} />
          <Tooltip {...tooltip} />
          <Bar dataKey="requests" name="Requests" fill={colours.first} />
        </BarChart>
      </ChartArea>
      <ChartArea
        height={120}
        summary={`Deflection share per ${report.bucket}: ${trend
          .map(({ label, share }) => `${label} ${share ?? '–'}%`)
          .join(', ')}.`}
      >
        <LineChart data={trend}>
          <CartesianGrid {...grid} />
          <XAxis dataKey="label" {...axis} />
          <YAxis domain={[0, 100]} unit="%" {...axis} />
          <Tooltip {...tooltip} formatter={value => `${value}%`} />
          <Line
            dataKey="share"
            name="Deflected"
            stroke={colours.second}
            strokeWidth={2}
            connectNulls
          />
        </LineChart>
      </ChartArea>
      <p>{deflected}</p>
    </ChartCard>
  );
};
