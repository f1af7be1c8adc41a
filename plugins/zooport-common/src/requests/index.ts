export * from './types';
export { priorityOf } from './priority';
export { allowedActions, isOpen, nextStatus } from './lifecycle';
export {
  addBusinessMinutes,
  businessMinutesBetween,
  isOpenAt,
  nextOpening,
} from './businessTime';
export { requestSla, slaClock, slaDeadline } from './sla';
export type {
  RequestSlaOptions,
  SlaClockOptions,
  SlaDeadlineOptions,
  SlaPause,
} from './sla';
export { deskFigures } from './deskFigures';
export type { DeskFigures } from './deskFigures';
