import {
  MyShifts,
  zooportDeskReadPermission,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { DeskService } from '../DeskService';
import { RouteDeps } from './util/deps';
import { userRefFrom } from './util/params';

export interface PeopleRoutesDeps extends RouteDeps {
  desks: DeskService;
}

/** Anyone's duty, as `/me/shifts` gives the signed-in person's own. */
export function peopleRoutes(router: express.Router, deps: PeopleRoutesDeps) {
  const { access, desks, now } = deps;

  // Schedules are open to every reader of desks, so one person's stretches
  // across the desks are too.
  router.get('/people/:namespace/:name/shifts', async (req, res) => {
    const userRef = userRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json((await desks.myShifts(userRef, now())) satisfies MyShifts);
  });
}
