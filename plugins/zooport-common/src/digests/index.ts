export * from './types';
export { digestSettingsOf } from './settings';
export type { DigestSettings } from './settings';
export {
  isStillSendable,
  LATE_SEND_HOURS,
  latestDailyDigest,
  latestWeeklyReport,
  previousDailyDigestDue,
  weeksOfReport,
} from './due';
export type { DigestPeriod } from './due';
export { dailyDigest } from './dailyDigest';
export type { DigestSourceRequest } from './dailyDigest';
export { weeklyReport } from './weeklyReport';
export { deskPath, requestPath } from './links';
