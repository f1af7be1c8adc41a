export * from './types';
export { priorityOf } from './priority';
export { resolutionLabels } from './resolutionLabels';
export { allowedActions, isOpen, nextStatus } from './lifecycle';
export {
  addBusinessMinutes,
  businessMinutesBetween,
  isOpenAt,
  nextOpening,
} from './businessTime';
export {
  fixedSlaClock,
  requestSla,
  resumedSlaInstant,
  slaClock,
  slaDeadline,
} from './sla';
export type {
  FixedSlaClockOptions,
  RequestSlaOptions,
  SlaClockOptions,
  SlaDeadlineOptions,
  SlaPause,
} from './sla';
export {
  firstResponseAt,
  firstResponseMilestones,
  resolutionMilestones,
  resolutionPausesOf,
  resumedMilestones,
  storedRequestSla,
} from './slaMilestones';
export type { ClockedStoredRequest, SlaSettings } from './slaMilestones';
export { requestEvent } from './storedRequest';
export type {
  NewRequestEvent,
  SlaMilestones,
  StoredPause,
  StoredRequest,
} from './storedRequest';
export { resumeWaitingRequest, transitionRequest } from './transition';
export type {
  RequestActor,
  RequestChange,
  RequestTransition,
} from './transition';
export { deskFigures, figuredRequest } from './deskFigures';
export type {
  DeskFigures,
  FiguredRequest,
  StoredFigureRequest,
} from './deskFigures';
export { requestFieldValue } from './fields';
