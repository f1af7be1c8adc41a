/**
 * Zooport's documents in Backstage search: the search module writes them,
 * the frontend's result list item reads them.
 */

import type { EntryKind } from './knowledge';
import type { RequestPriority, RequestStatus } from './requests';

/** The search document types of Zooport. @public */
export const zooportSearchTypes = {
  entry: 'zooport-entry',
  request: 'zooport-request',
} as const;

/**
 * The desk a document belongs to, as a result shows it. The fields are flat
 * strings, as search engines index them best; a team without a desk has no
 * animal.
 *
 * @public
 */
export interface ZooportSearchDeskFields {
  teamRef: string;
  /** The team's display name, e.g. "Platform Software". */
  teamTitle: string;
  /** The animal's name, e.g. "turtle". */
  animal?: string;
  animalEmoji?: string;
  animalColour?: string;
}

/**
 * An FAQ entry or playbook (`zooport-entry`) besides `title`, `text` (plain
 * text) and `location`.
 *
 * @public
 */
export interface ZooportEntrySearchFields extends ZooportSearchDeskFields {
  kind: EntryKind;
  tags: string[];
  lastUpdated: string;
}

/**
 * A support request (`zooport-request`) besides `title`, `text` (plain text)
 * and `location`.
 *
 * @public
 */
export interface ZooportRequestSearchFields extends ZooportSearchDeskFields {
  status: RequestStatus;
  priority: RequestPriority;
  lastUpdated: string;
}
