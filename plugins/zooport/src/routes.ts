import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

export const rootRouteRef = createRouteRef({ id: 'zooport' });

/** One support request; the backend's notifications link here too. */
export const requestRouteRef = createSubRouteRef({
  id: 'zooport/request',
  parent: rootRouteRef,
  path: '/requests/:id',
});

/** One knowledge-base entry; the search collator links here. */
export const entryRouteRef = createSubRouteRef({
  id: 'zooport/entry',
  parent: rootRouteRef,
  path: '/knowledge/:id',
});

/** One readiness workshop of a team's desk: the room's shared screen. */
export const workshopRouteRef = createSubRouteRef({
  id: 'zooport/workshop',
  parent: rootRouteRef,
  path: '/workshops/:namespace/:name/:id',
});
