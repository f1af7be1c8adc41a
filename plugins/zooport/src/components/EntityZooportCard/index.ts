export { EntityZooportCard } from './EntityZooportCard';
