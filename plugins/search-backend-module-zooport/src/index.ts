/**
 * A Backstage search module that indexes Zooport's knowledge base and
 * support requests.
 *
 * @packageDocumentation
 */

export { searchModuleZooportCollators as default } from './module';
export {
  ZooportEntryCollatorFactory,
  ZooportRequestCollatorFactory,
} from './collators';
export type {
  ZooportCollatorOptions,
  ZooportEntryDocument,
  ZooportRequestDocument,
} from './collators';
export { ZooportDesks } from './ZooportDesks';
export { ZooportPages } from './ZooportPages';
