export { DeskEventContexts } from './deskEventContexts';
export type { DeskEventContext, DeskEventCard } from './deskEventCard';
export { webhookBody } from './webhookBody';
