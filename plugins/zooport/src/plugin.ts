import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { zooportApiFactory } from './api';
import { entryRouteRef, requestRouteRef, rootRouteRef } from './routes';

/**
 * The Zooport plugin for the classic frontend system.
 *
 * @public
 */
export const zooportPlugin = createPlugin({
  id: 'zooport',
  apis: [zooportApiFactory],
  routes: {
    root: rootRouteRef,
    request: requestRouteRef,
    entry: entryRouteRef,
  },
});

/**
 * The Zooport page: the zoo, request queues and knowledge base.
 *
 * @public
 */
export const ZooportPage = zooportPlugin.provide(
  createRoutableExtension({
    name: 'ZooportPage',
    component: () =>
      import('./components/pages/ZooportPage').then(m => m.ZooportPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The paw tab for team (Group) entity pages.
 *
 * @public
 */
export const EntityZooportContent = zooportPlugin.provide(
  createComponentExtension({
    name: 'EntityZooportContent',
    component: {
      lazy: () =>
        import('./components/pages/EntityZooportContent').then(
          m => m.EntityZooportContent,
        ),
    },
  }),
);

/**
 * The request-support card for component pages.
 *
 * @public
 */
export const EntityZooportCard = zooportPlugin.provide(
  createComponentExtension({
    name: 'EntityZooportCard',
    component: {
      lazy: () =>
        import('./components/pages/EntityZooportCard').then(
          m => m.EntityZooportCard,
        ),
    },
  }),
);
