/**
 * The Zooport frontend plugin: the zoo page, the paw tab on team pages and the
 * request-support card on component pages.
 *
 * @packageDocumentation
 */

export {
  zooportPlugin,
  ZooportPage,
  EntityZooportContent,
  EntityZooportCard,
} from './plugin';
export { zooportApiRef, ZooportClient } from './api';
export type { ZooportApi } from './api';
