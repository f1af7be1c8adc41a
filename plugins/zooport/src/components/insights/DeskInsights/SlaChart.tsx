import { ClockFigures, DeskReport } from '@zooport/plugin-zooport-common';
import { formatMinutes } from '../../../time';
import { BucketChart } from '../shared/BucketChart';
import { ChartCard } from '../shared/ChartCard';
import { percentOf } from '../shared/chartNumbers';

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
      linkNote="the desk's requests filed in the range with a breached clock"
    >
      <BucketChart
        data={data}
        unit="%"
        percent
        series={[
          {
            key: 'firstResponse',
            name: 'First response',
            kind: 'line',
            colour: 'first',
          },
          {
            key: 'resolution',
            name: 'Resolution',
            kind: 'line',
            colour: 'second',
          },
        ]}
        summary={`${clockSummary(
          'First response',
          firstResponse,
        )}. ${clockSummary('Resolution', resolution)}.`}
      />
    </ChartCard>
  );
};
