export { EntityZooportContent } from './EntityZooportContent';
