import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

export const rootRouteRef = createRouteRef({ id: 'zooport' });

/** One support request; the backend's notifications link here too. */
export const requestRouteRef = createSubRouteRef({
  id: 'zooport/request',
  parent: rootRouteRef,
  path: '/requests/:id',
});
