export { DeskWebhookCard } from './DeskWebhookCard';
