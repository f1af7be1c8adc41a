import Typography from '@material-ui/core/Typography';
import { DeskReportBucket, VolumeCounts } from '@zooport/plugin-zooport-common';
import { BucketChart } from '../shared/BucketChart';
import { seriesColours } from '../shared/useChartColours';

/** The keys of a breakdown, the most requests filed first. */
function keysOf(counts: Record<string, VolumeCounts>[]): string[] {
  const filed = new Map<string, number>();
  for (const bucket of counts) {
    for (const [key, { filed: n }] of Object.entries(bucket)) {
      filed.set(key, (filed.get(key) ?? 0) + n);
    }
  }
  return [...filed].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/**
 * Requests filed per bucket as bars stacked by a breakdown of the report
 * (by type, by priority), the totals over the range said for screen readers.
 */
export const VolumeBreakdown = (props: {
  title: string;
  buckets: DeskReportBucket[];
  countsOf: (bucket: DeskReportBucket) => Record<string, VolumeCounts>;
  /** How a key reads, e.g. "High" for `high`. */
  labelOf?: (key: string) => string;
}) => {
  const { title, buckets, countsOf, labelOf = key => key } = props;
  const counts = buckets.map(countsOf);
  const keys = keysOf(counts);
  if (keys.length === 0) {
    return null;
  }
  const totals = keys.map(
    key =>
      `${labelOf(key)} ${counts.reduce(
        (sum, bucket) => sum + (bucket[key]?.filed ?? 0),
        0,
      )}`,
  );
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      <BucketChart
        height={180}
        data={buckets.map((bucket, i) => ({
          label: bucket.label,
          ...Object.fromEntries(
            keys.map(key => [key, counts[i][key]?.filed ?? 0]),
          ),
        }))}
        series={keys.map((key, i) => ({
          key,
          name: labelOf(key),
          kind: 'bar',
          colour: seriesColours[i % seriesColours.length],
          stack: 'filed',
        }))}
        summary={`${title} over the range: ${totals.join(', ')}.`}
      />
    </>
  );
};
