export * from './scenarios';
export * from './workshops';
export {
  DEFAULT_WORKSHOP_CADENCE,
  dueReadinessReminder,
  WORKSHOP_REMINDER_DAYS,
  workshopDueAt,
} from './cadence';
export type {
  DueReadinessReminder,
  WorkshopCadence,
  WorkshopCadenceSetting,
} from './cadence';
export { drawScenario } from './draw';
export type { ScenarioDraw } from './draw';
export { scenarioDraftFromRequest } from './draftFromRequest';
export * from './survey';
export * from './stages';
export { flagDrops, surveyMonthFigures } from './surveyFigures';
export { surveyPath, surveyQuestion } from './surveyPrompt';
export type { ScoreCounts } from './surveyFigures';
export { dueSurveyMonth, monthsUpTo, surveyMonthAt } from './surveyDue';
export { readinessWarnings } from './stageWarnings';
export type { ReadinessCheck, StageNow } from './stageWarnings';
