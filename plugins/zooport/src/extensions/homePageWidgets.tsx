import { ExtensionDefinition } from '@backstage/frontend-plugin-api';

/** Zooport's widgets for Backstage's home page. */
export const homePageWidgets: ExtensionDefinition[] = [];
