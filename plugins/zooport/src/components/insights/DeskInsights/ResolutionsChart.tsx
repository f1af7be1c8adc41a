import { Link } from '@backstage/core-components';
import {
  DeskReport,
  ResolutionCategory,
  resolutionLabels,
} from '@zooport/plugin-zooport-common';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { BucketChart } from '../shared/BucketChart';
import { ChartArea, ChartCard } from '../shared/ChartCard';
import { percentOf } from '../shared/chartNumbers';
import { useChartFrame } from '../shared/useChartColours';
import { DeskReportLinks } from './useDeskReportLinks';

/** Room for one category's bar and its label, which may wrap to two lines. */
const BAR_HEIGHT = 36;

/**
 * How requests were resolved, by category (each linking its requests), and
 * the share deflected to what already existed (documentation, FAQ,
 * self-service) per bucket.
 */
export const ResolutionsChart = (props: {
  report: DeskReport;
  links: DeskReportLinks;
}) => {
  const { report, links } = props;
  const { colours, axis, grid, tooltip } = useChartFrame();
  const categories = (
    Object.entries(report.resolutions) as [ResolutionCategory, number][]
  )
    .sort((a, b) => b[1] - a[1])
    .map(([category, requests]) => ({
      category,
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
      requestsLink={links.resolved}
      linkNote="the desk's requests resolved in the range"
    >
      <ChartArea
        height={Math.max(1, categories.length) * BAR_HEIGHT + 40}
        summary={`${
          categories
            .map(({ name, requests }) => `${name}: ${requests}`)
            .join(', ') || 'No resolutions'
        }. ${deflected}`}
      >
        <BarChart data={categories} layout="vertical">
          <CartesianGrid {...grid} />
          <XAxis type="number" allowDecimals={false} {...axis} />
          {/* Every label, however many: recharts skips some by default. */}
          <YAxis
            type="category"
            dataKey="name"
            width={160}
            interval={0}
            {...axis}
          />
          <Tooltip {...tooltip} />
          <Bar dataKey="requests" name="Requests" fill={colours.first} />
        </BarChart>
      </ChartArea>
      {categories.length > 0 && (
        <ul aria-label="Requests by resolution">
          {categories.map(({ category, name, requests }) => (
            <li key={category}>
              <Link to={links.resolvedAs(category)} underline="always">
                {name}
              </Link>
              : {requests}
            </li>
          ))}
        </ul>
      )}
      <BucketChart
        data={trend}
        unit="%"
        percent
        height={120}
        legend={false}
        series={[
          { key: 'share', name: 'Deflected', kind: 'line', colour: 'second' },
        ]}
        summary={`Deflection share per ${report.bucket}: ${trend
          .map(({ label, share }) => `${label} ${share ?? '–'}%`)
          .join(', ')}.`}
      />
      <p>{deflected}</p>
    </ChartCard>
  );
};
