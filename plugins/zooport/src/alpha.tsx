import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import PetsIcon from '@material-ui/icons/Pets';
import { zooportApiFactory } from './api';
import { homePageWidgets } from './extensions/homePageWidgets';
import { searchResultItems } from './extensions/searchResultItems';
import {
  entryRouteRef,
  requestRouteRef,
  rootRouteRef,
  workshopRouteRef,
} from './routes';

// The components resolve links with the classic refs; converted, the same
// objects work in both frontend systems.
const routes = convertLegacyRouteRefs({
  root: rootRouteRef,
  request: requestRouteRef,
  entry: entryRouteRef,
  workshop: workshopRouteRef,
});

const zooportApi = ApiBlueprint.make({
  params: defineParams => defineParams(zooportApiFactory),
});

const zooportPage = PageBlueprint.make({
  params: {
    path: '/zooport',
    title: 'Zooport',
    icon: <PetsIcon />,
    routeRef: routes.root,
    noHeader: true,
    loader: () =>
      import('./components/pages/ZooportPage').then(m => <m.ZooportPage />),
  },
});

const pawTab = EntityContentBlueprint.make({
  name: 'paw-tab',
  params: {
    path: 'zooport',
    title: 'Zooport',
    icon: <PetsIcon />,
    filter: { kind: 'group' },
    loader: () =>
      import('./components/pages/EntityZooportContent').then(m => (
        <m.EntityZooportContent />
      )),
  },
});

// Every kind with an owner (Component, API, Resource, System, Domain,
// Template, …): what it is to ask about goes to whoever owns it.
const requestSupportCard = EntityCardBlueprint.make({
  name: 'request-support',
  params: {
    type: 'info',
    filter: { 'spec.owner': { $exists: true } },
    loader: () =>
      import('./components/pages/EntityZooportCard').then(m => (
        <m.EntityZooportCard />
      )),
  },
});

const dutyCard = EntityCardBlueprint.make({
  name: 'duty',
  params: {
    type: 'info',
    filter: { kind: 'user' },
    loader: () =>
      import('./components/pages/EntityDutyCard').then(m => (
        <m.EntityDutyCard />
      )),
  },
});

/**
 * The Zooport plugin for Backstage's new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'zooport',
  title: 'Zooport',
  icon: <PetsIcon />,
  routes,
  extensions: [
    zooportApi,
    zooportPage,
    pawTab,
    requestSupportCard,
    dutyCard,
    ...homePageWidgets,
    ...searchResultItems,
  ],
});
