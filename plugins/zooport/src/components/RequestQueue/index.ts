export { RequestQueue } from './RequestQueue';
export type { RequestQueueProps } from './RequestQueue';
export { RequestFilterBar } from './RequestFilterBar';
export type { QueueFilters, StatusChoice } from './queueFilters';
