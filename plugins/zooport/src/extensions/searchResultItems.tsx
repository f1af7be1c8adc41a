import { ExtensionDefinition } from '@backstage/frontend-plugin-api';

/** How Zooport's documents show in Backstage's search. */
export const searchResultItems: ExtensionDefinition[] = [];
