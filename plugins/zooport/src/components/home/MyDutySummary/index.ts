export { MyDutySummary } from './MyDutySummary';
