import {
  DeskReadiness,
  MyReadiness,
  PersonReadiness,
  StageHistory,
  zooportDeskReadPermission,
  zooportReadinessReadPermission,
  zooportReadinessUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express, { Request } from 'express';
import { StageService } from '../StageService';
import { parseInput } from '../validation/fields';
import { stageInputSchema } from '../validation/survey';
import { RouteDeps } from './util/deps';
import { teamRefFrom, userRefFrom } from './util/params';

export interface StageRoutesDeps extends RouteDeps {
  stages: StageService;
}

const PERSON =
  '/desks/:namespace/:name/readiness/people/:userNamespace/:userName';

const personRefFrom = (req: Request) =>
  userRefFrom(req, { namespace: 'userNamespace', name: 'userName' });

/**
 * People's readiness stages: a desk's (for its team), one person's history,
 * and the signed-in person's own.
 */
export function stageRoutes(router: express.Router, deps: StageRoutesDeps) {
  const { access, stages, now } = deps;

  router.get('/desks/:namespace/:name/readiness', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.requireOnDesk(req, zooportReadinessReadPermission, {
      teamRef,
    });
    res.json(
      (await stages.deskReadiness(teamRef, now())) satisfies DeskReadiness,
    );
  });

  router.put(PERSON, async (req, res) => {
    const teamRef = teamRefFrom(req);
    const userRef = personRefFrom(req);
    const { stage } = parseInput(stageInputSchema, req.body);
    await access.requireOnDesk(req, zooportReadinessUpdatePermission, {
      teamRef,
    });
    res.json(
      (await stages.setStage({
        teamRef,
        userRef,
        stage,
        changedBy: await access.user(req),
        now: now(),
      })) satisfies PersonReadiness,
    );
  });

  router.get(`${PERSON}/history`, async (req, res) => {
    const teamRef = teamRefFrom(req);
    const userRef = personRefFrom(req);
    await access.requireOnDesk(req, zooportReadinessReadPermission, {
      teamRef,
    });
    res.json((await stages.history(teamRef, userRef)) satisfies StageHistory);
  });

  router.get('/me/readiness', async (req, res) => {
    const userRef = await access.user(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json((await stages.mine(userRef, now())) satisfies MyReadiness);
  });
}
