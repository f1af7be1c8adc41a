/**
 * The Zooport frontend plugin: the zoo page, the paw tab on team pages, the
 * request-support card on the pages of owned entities and the duty card on
 * User pages.
 *
 * @packageDocumentation
 */

export {
  zooportPlugin,
  ZooportPage,
  EntityZooportContent,
  EntityZooportCard,
  EntityZooportDutyCard,
  ZooportSearchResultListItem,
} from './plugin';
export { zooportSearchResultTypes } from './components/search';
export type { ZooportSearchResultListItemProps } from './components/search';
export { zooportApiRef, ZooportClient } from './api';
export type { ZooportApi } from './api';
