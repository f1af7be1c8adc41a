import { WorkshopNoteColumn } from '@zooport/plugin-zooport-common';

/** The retrospective's three columns, as the room calls them. */
export const noteColumnLabels: Record<WorkshopNoteColumn, string> = {
  crappy: 'What’s crappy',
  awesome: 'What’s awesome',
  actions: 'Actions',
};
