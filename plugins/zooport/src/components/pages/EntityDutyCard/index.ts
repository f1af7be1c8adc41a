export { EntityDutyCard } from './EntityDutyCard';
