export { WorkshopPlanDialog } from './WorkshopPlanDialog';
