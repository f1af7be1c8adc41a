import {
  DailyDigest,
  PlanningReminder,
  WeeklyReport,
  zooportDeskReadPermission,
  zooportRequestReadPermission,
} from '@zooport/plugin-zooport-common';
import express, { Request } from 'express';
import { DeskService } from '../DeskService';
import { DigestService } from '../DigestService';
import { atQuerySchema } from '../validation/desks';
import { parseInput } from '../validation/fields';
import { RouteDeps } from './util/deps';
import { teamRefFrom } from './util/params';

export interface DigestRoutesDeps extends RouteDeps {
  desks: DeskService;
  digests: DigestService;
}

/**
 * Previews of a desk's daily digest, weekly report and planning reminder:
 * the latest due at `at` (default now), as it would be sent then. The
 * digests list requests, so reading them takes reading the desk and its
 * requests; the planning reminder asks the same, to be read alike.
 */
export function digestRoutes(router: express.Router, deps: DigestRoutesDeps) {
  const { access, desks, digests, now } = deps;

  async function deskAt(req: Request) {
    const teamRef = teamRefFrom(req);
    const { at } = parseInput(atQuerySchema, req.query);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    await access.require(req, zooportRequestReadPermission, 'requests');
    return { desk: await desks.getDesk(teamRef), at: at ?? now() };
  }

  router.get('/desks/:namespace/:name/digests/daily', async (req, res) => {
    const { desk, at } = await deskAt(req);
    res.json((await digests.daily(desk, at)) satisfies DailyDigest);
  });

  router.get('/desks/:namespace/:name/digests/weekly', async (req, res) => {
    const { desk, at } = await deskAt(req);
    res.json((await digests.weekly(desk, at)) satisfies WeeklyReport);
  });

  router.get('/desks/:namespace/:name/digests/planning', async (req, res) => {
    const { desk, at } = await deskAt(req);
    res.json((await digests.planning(desk, at)) satisfies PlanningReminder);
  });
}
