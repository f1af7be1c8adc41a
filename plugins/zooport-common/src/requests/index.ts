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
  firstResponseMilestones,
  resolutionMilestones,
  resolutionPausesOf,
  resumedMilestones,
  storedRequestSla,
} from './slaMilestones';
export type { SlaSettings } from './slaMilestones';
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
export { deskFigures } from './deskFigures';
export type { DeskFigures } from './deskFigures';
export { requestFieldValue } from './fields';
