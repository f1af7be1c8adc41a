import {
  ItemList,
  ScenarioDeck,
  ScenarioVersion,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { ScenarioService } from '../ScenarioService';
import { parseInput } from '../validation/fields';
import {
  scenarioDraftInputSchema,
  scenarioInputSchema,
} from '../validation/readiness';
import { RouteDeps } from './util/deps';
import { revisionFrom, setRevisionTag } from './util/etag';
import { idFrom, revisionParamFrom } from './util/params';
import { readinessAccess } from './util/readinessAccess';

export interface ScenarioRoutesDeps extends RouteDeps {
  scenarios: ScenarioService;
}

const DESK = '/desks/:namespace/:name';

/** A desk's scenario deck: write, version, draft from a request. */
export function scenarioRoutes(
  router: express.Router,
  deps: ScenarioRoutesDeps,
) {
  const { scenarios, now } = deps;
  const { reader, writer } = readinessAccess(deps.access);

  router.get(`${DESK}/scenarios`, async (req, res) => {
    const teamRef = await reader(req);
    res.json((await scenarios.deck(teamRef)) satisfies ScenarioDeck);
  });

  router.post(`${DESK}/scenarios`, async (req, res) => {
    const input = parseInput(scenarioInputSchema, req.body);
    const { teamRef, userRef } = await writer(req);
    const scenario = await scenarios.create(teamRef, input, userRef, now());
    setRevisionTag(res, scenario.revision);
    res.status(201).json(scenario);
  });

  router.post(`${DESK}/scenarios/from-request`, async (req, res) => {
    const { requestId } = parseInput(scenarioDraftInputSchema, req.body);
    const { teamRef, userRef } = await writer(req);
    const scenario = await scenarios.draftFromRequest(
      teamRef,
      requestId,
      userRef,
      now(),
    );
    setRevisionTag(res, scenario.revision);
    res.status(201).json(scenario);
  });

  router.get(`${DESK}/scenarios/:id`, async (req, res) => {
    const id = idFrom(req);
    const teamRef = await reader(req);
    const scenario = await scenarios.get(teamRef, id);
    setRevisionTag(res, scenario.revision);
    res.json(scenario);
  });

  router.put(`${DESK}/scenarios/:id`, async (req, res) => {
    const id = idFrom(req);
    const input = parseInput(scenarioInputSchema, req.body);
    const expectedRevision = revisionFrom(req);
    const { teamRef, userRef } = await writer(req);
    const scenario = await scenarios.update({
      teamRef,
      id,
      input,
      expectedRevision,
      authorRef: userRef,
      now: now(),
    });
    setRevisionTag(res, scenario.revision);
    res.json(scenario);
  });

  router.delete(`${DESK}/scenarios/:id`, async (req, res) => {
    const id = idFrom(req);
    const { teamRef } = await writer(req);
    await scenarios.delete(teamRef, id, now());
    res.status(204).end();
  });

  router.get(`${DESK}/scenarios/:id/versions`, async (req, res) => {
    const id = idFrom(req);
    const teamRef = await reader(req);
    res.json({
      items: await scenarios.versions(teamRef, id),
    } satisfies ItemList<ScenarioVersion>);
  });

  router.post(
    `${DESK}/scenarios/:id/versions/:revision/restore`,
    async (req, res) => {
      const id = idFrom(req);
      const revision = revisionParamFrom(req);
      const { teamRef, userRef } = await writer(req);
      const scenario = await scenarios.restore(
        teamRef,
        id,
        revision,
        userRef,
        now(),
      );
      setRevisionTag(res, scenario.revision);
      res.json(scenario);
    },
  );
}
