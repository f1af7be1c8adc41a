export { RangePicker } from './RangePicker';
export { useInsightsRange } from './useInsightsRange';
export { previousRange, rangeLabel, withRangeParams } from './insightsRange';
export type { InsightsRange } from './insightsRange';
