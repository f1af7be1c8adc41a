export { RequestQueue } from './RequestQueue';
export type { RequestQueueProps } from './RequestQueue';
export { RequestFilterBar } from './RequestFilterBar';
export { initialFilters } from './queueFilters';
export type { QueueFilters, StatusChoice } from './queueFilters';
