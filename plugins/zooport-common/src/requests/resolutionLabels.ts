import { ResolutionCategory } from './types';

/**
 * Resolution categories as people read them, in the portal and in the
 * notice that tells the requester.
 *
 * @public
 */
export const resolutionLabels: Record<ResolutionCategory, string> = {
  answered: 'Answered',
  documentation_link: 'Pointed to documentation',
  faq_entry: 'Answered by an FAQ entry',
  bug_ticket_created: 'Bug ticket created',
  redirected: 'Redirected to another desk',
  self_service: 'Self-service',
  admin_action: 'Admin action taken',
  training_needed: 'Training needed',
  declined_risky: 'Declined as too risky',
  duplicate: 'Duplicate',
};
