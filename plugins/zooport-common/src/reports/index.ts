export * from './types';
export { deskReport, orgReportRow } from './deskReport';
export type { ReportDuty, ReportRange } from './deskReport';
export { deflectingCategories } from './rangeFigures';
export { reportPeriods } from './periods';
export { share } from './statistics';
