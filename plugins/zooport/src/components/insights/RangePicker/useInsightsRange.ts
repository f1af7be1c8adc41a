import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  InsightsRange,
  rangeFromParams,
  withRangeParams,
} from './insightsRange';

/**
 * The insights range kept in the page address, so that a link shows the
 * same days and Back undoes a change of range.
 */
export function useInsightsRange() {
  const [params, setParams] = useSearchParams();
  const range = useMemo(() => rangeFromParams(params), [params]);
  const setRange = (next: Pick<InsightsRange, 'preset' | 'from' | 'to'>) =>
    setParams(previous => withRangeParams(previous, next));
  return [range, setRange] as const;
}
