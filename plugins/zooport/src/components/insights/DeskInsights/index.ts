export { DeskInsights } from './DeskInsights';
export { DeskReportView } from './DeskReportView';
