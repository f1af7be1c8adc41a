export { WorkshopRoom } from './WorkshopRoom';
