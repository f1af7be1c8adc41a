/**
 * Types, permissions and pure domain maths shared by the Zooport frontend and backend.
 *
 * @packageDocumentation
 */

export * from './health';
export type { ItemList } from './lists';
export * from './rotation';
export {
  instantAtWallClock,
  isTimeOfDay,
  isValidTimeZone,
  spelledTimeZone,
  toWireInstant,
} from './time/wallClock';
export type { TimeOfDay } from './time/wallClock';
export * from './permissions';
export * from './desks';
export * from './requests';
export * from './jira';
export * from './knowledge';
export * from './reports';
export * from './digests';
export * from './search';
export * from './readiness';
export { shiftCalendar } from './calendar/ics';
export type { ShiftCalendarOptions } from './calendar/ics';
export type { CalendarSubscription } from './calendar/types';
