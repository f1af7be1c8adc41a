import { ReportQuery } from '@zooport/plugin-zooport-common';
import { DependencyList } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { InsightsRange, previousRange } from '../RangePicker';

const queryOf = ({ from, to, bucket }: InsightsRange): ReportQuery => ({
  from,
  to,
  bucket,
});

/**
 * A report over `range` and over the period just before it, to compare.
 * `read` asks for one report; `deps` are what it reads with (the API, the
 * desk), so that the reports are asked again when they change.
 */
export function useComparedReports<T>(
  range: InsightsRange,
  read: (query: ReportQuery) => Promise<T>,
  deps: DependencyList,
) {
  const { from, to, bucket } = range;
  return useAsync(async () => {
    const [current, previous] = await Promise.all([
      read(queryOf(range)),
      read(queryOf(previousRange(range))),
    ]);
    return { current, previous };
    // The range and `read` are new on every render; the days and what
    // `read` reads with are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, from, to, bucket]);
}
