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
} from './plugin';
export { zooportApiRef, ZooportClient } from './api';
export type { ZooportApi } from './api';
