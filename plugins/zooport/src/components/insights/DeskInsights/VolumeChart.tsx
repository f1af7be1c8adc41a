import { DeskReport } from '@zooport/plugin-zooport-common';
import { BucketChart, BucketSeries } from '../shared/BucketChart';
import { ChartCard } from '../shared/ChartCard';
import { DeskReportLinks } from './useDeskReportLinks';
import { labelOf } from '../../../labels';
import { VolumeBreakdown } from './VolumeBreakdown';
import { VolumeTable } from './VolumeTable';

const series: BucketSeries[] = [
  { key: 'filed', name: 'Filed', kind: 'bar', colour: 'first' },
  { key: 'resolved', name: 'Resolved', kind: 'bar', colour: 'second' },
  { key: 'open', name: 'Open (backlog)', kind: 'line', colour: 'third' },
];

/**
 * Requests filed and resolved per bucket and the backlog at its end; and
 * the requests filed per bucket by type and by priority, each bucket
 * linking the requests filed in it.
 */
export const VolumeChart = (props: {
  report: DeskReport;
  links: DeskReportLinks;
}) => {
  const { report, links } = props;
  const { filed, resolved, openAtEnd } = report.totals;
  return (
    <ChartCard
      title="Filed and resolved"
      requestsLink={links.filed}
      linkNote="the desk's requests filed in the range"
    >
      <BucketChart
        data={report.buckets}
        series={series}
        summary={`${filed} filed and ${resolved} resolved in ${report.buckets.length} ${report.bucket}s; ${openAtEnd} open at the end.`}
      />
      <VolumeBreakdown
        title="Filed by type"
        buckets={report.buckets}
        countsOf={bucket => bucket.byType}
      />
      <VolumeBreakdown
        title="Filed by priority"
        buckets={report.buckets}
        countsOf={bucket => bucket.byPriority}
        labelOf={labelOf}
      />
      <VolumeTable report={report} links={links} />
    </ChartCard>
  );
};
