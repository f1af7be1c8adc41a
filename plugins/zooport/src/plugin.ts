import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import { zooportApiFactory } from './api';
import { isZooportSearchResult } from './components/search/resultTypes';
import {
  entryRouteRef,
  requestRouteRef,
  rootRouteRef,
  workshopRouteRef,
} from './routes';

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
    workshop: workshopRouteRef,
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
 * The request-support card for the pages of every entity with an owner:
 * components, APIs, resources, systems, domains, templates, ….
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

/**
 * The duty card for User pages: whether the person is on duty now, where
 * and until when, or their next shift.
 *
 * @public
 */
export const EntityZooportDutyCard = zooportPlugin.provide(
  createComponentExtension({
    name: 'EntityZooportDutyCard',
    component: {
      lazy: () =>
        import('./components/pages/EntityDutyCard').then(m => m.EntityDutyCard),
    },
  }),
);

/**
 * Zooport's FAQ entries, playbooks and requests in the search page's
 * results: put it inside `<SearchResult>`.
 *
 * @public
 */
export const ZooportSearchResultListItem = zooportPlugin.provide(
  createSearchResultListItemExtension({
    name: 'ZooportSearchResultListItem',
    component: () =>
      import('./components/search/ZooportSearchResultListItem').then(
        m => m.ZooportSearchResultListItem,
      ),
    predicate: isZooportSearchResult,
  }),
);
