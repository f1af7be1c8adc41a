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
