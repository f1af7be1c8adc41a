export { OnDutyList } from './OnDutyList';
