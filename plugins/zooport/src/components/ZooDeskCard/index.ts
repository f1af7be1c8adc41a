export { ZooDeskCard } from './ZooDeskCard';
