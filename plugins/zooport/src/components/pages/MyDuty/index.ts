export { MyDuty } from './MyDuty';
