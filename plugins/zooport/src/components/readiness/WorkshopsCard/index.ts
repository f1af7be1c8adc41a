export { WorkshopsCard } from './WorkshopsCard';
