import { ResolutionCategory } from '@zooport/plugin-zooport-common';

/** A wire value as people read it: `waiting_for_requester` → "Waiting for requester". */
export function labelOf(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

/** Resolution categories read better in full than from their keys. */
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
