export { OnDutyForWhatIUse } from './OnDutyForWhatIUse';
