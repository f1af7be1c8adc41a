export { DeskSchedule } from './DeskSchedule';
export { SupportHoursNote } from './SupportHoursNote';
