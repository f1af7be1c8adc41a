import { DeskReport } from '@zooport/plugin-zooport-common';
import { formatMinutes } from '../../../time';
import { BucketChart, BucketSeries } from '../shared/BucketChart';
import { ChartCard } from '../shared/ChartCard';
import { hoursOf } from '../shared/chartNumbers';

const series: BucketSeries[] = [
  {
    key: 'firstResponseMedian',
    name: 'First response, median',
    kind: 'line',
    colour: 'first',
  },
  {
    key: 'firstResponseP90',
    name: 'First response, p90',
    kind: 'line',
    colour: 'first',
    dashed: true,
  },
  {
    key: 'resolutionMedian',
    name: 'Resolution, median',
    kind: 'line',
    colour: 'second',
  },
  {
    key: 'resolutionP90',
    name: 'Resolution, p90',
    kind: 'line',
    colour: 'second',
    dashed: true,
  },
];

/** Median and p90 time to first response and to resolution, per bucket. */
export const ResponseTimesChart = (props: {
  report: DeskReport;
  requestsLink: string;
}) => {
  const { report, requestsLink } = props;
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
      linkNote="the desk's requests resolved in the range"
    >
      <BucketChart
        data={data}
        unit=" h"
        series={series}
        summary={`Hours per ${
          report.bucket
        }. Over the range, first response: median ${time(
          firstResponse.medianMinutes,
        )}, p90 ${time(firstResponse.p90Minutes)}; resolution: median ${time(
          resolution.medianMinutes,
        )}, p90 ${time(resolution.p90Minutes)}.`}
      />
    </ChartCard>
  );
};
