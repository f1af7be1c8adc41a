export * from './types';
export { shiftAt, shiftBounds, shiftStart } from './shifts';
export type { ShiftBounds } from './shifts';
export { membersOnDuty, onDutyAt, rotationMembers } from './onDuty';
export { reanchor } from './reanchor';
export { scheduleBetween } from './schedule';
export type { ScheduledSegment, ScheduledShift } from './schedule';
export type { OnDutyAt, SupportCalendar } from './onDuty';
export {
  advanceRecord,
  dutyMoments,
  nextDutyChange,
  recordedInstant,
  rotationInForceAt,
  zoneInForce,
} from './dutyRecord';
export type {
  DutyMoment,
  DutySource,
  OpenRecord,
  OverrideInForce,
  RecordedShift,
  RecordedStretch,
  RecordWrites,
  RotationInForce,
  StretchKey,
} from './dutyRecord';
export {
  joinSchedules,
  recordedObservers,
  recordedOnDuty,
  recordedScheduledShift,
} from './recordedSchedule';
