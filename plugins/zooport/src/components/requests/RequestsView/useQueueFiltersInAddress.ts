import { RequestFilter } from '@zooport/plugin-zooport-common';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  QueueFilters,
  filtersFromParams,
  initialFilters,
  withFilterParams,
} from '../RequestQueue/queueFilters';

/**
 * A request queue's filters kept in the page address, so that a filtered
 * queue can be shared and Back undoes a filter. `filter` is the queue's
 * own: its status is the one the address need not mention.
 */
export function useQueueFiltersInAddress(filter: RequestFilter) {
  const [params, setParams] = useSearchParams();
  const initial = useMemo(() => initialFilters(filter), [filter]);
  const filters = useMemo(
    () => filtersFromParams(params, initial),
    [params, initial],
  );
  const setFilters = (next: QueueFilters) =>
    setParams(previous => withFilterParams(previous, next, initial), {
      // A search is one step back, not one per typed letter: its first
      // letter adds a step, and the letters after it rewrite that step.
      replace: filters.text !== '' && next.text !== filters.text,
    });
  return [filters, setFilters] as const;
}
