export * from './types';
export { digestSettingsOf } from './settings';
export type { DigestSettings, WeeklySettings } from './settings';
export {
  dueDigests,
  isStillSendable,
  LATE_SEND_HOURS,
  latestDailyDigest,
  latestPlanningReminder,
  latestWeeklyReport,
  previousDailyDigestDue,
  weekAfter,
  weeksOfReport,
} from './due';
export type { DigestKind, DigestPeriod, DueDigest } from './due';
export { dailyDigest } from './dailyDigest';
export type { DigestSourceRequest } from './dailyDigest';
export { weeklyReport } from './weeklyReport';
export { deskPath, requestPath, rotationEditorPath } from './links';
export { planningReminder } from './planningReminder';
