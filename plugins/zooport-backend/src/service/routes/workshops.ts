import {
  ItemList,
  ReadinessAction,
  Workshop,
  WorkshopCadenceSetting,
  WorkshopRecord,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { WorkshopService } from '../WorkshopService';
import { parseInput } from '../validation/fields';
import {
  readinessActionFilterSchema,
  readinessActionInputSchema,
  readinessActionUpdateSchema,
  turnDrawInputSchema,
  turnStepsInputSchema,
  workshopCadenceSchema,
  workshopInputSchema,
  workshopNoteInputSchema,
} from '../validation/readiness';
import { RouteDeps } from './util/deps';
import { idFrom } from './util/params';
import { readinessAccess } from './util/readinessAccess';

export interface WorkshopRoutesDeps extends RouteDeps {
  workshops: WorkshopService;
}

const DESK = '/desks/:namespace/:name';
const WORKSHOP = `${DESK}/workshops/:id`;
const TURN = `${WORKSHOP}/turns/:turnId`;

/** A desk's workshops, their turns, notes and actions, and its cadence. */
export function workshopRoutes(
  router: express.Router,
  deps: WorkshopRoutesDeps,
) {
  const { workshops, now } = deps;
  const { reader, writer } = readinessAccess(deps.access);

  router.get(`${DESK}/workshops`, async (req, res) => {
    const teamRef = await reader(req);
    res.json({
      items: await workshops.list(teamRef),
    } satisfies ItemList<Workshop>);
  });

  router.post(`${DESK}/workshops`, async (req, res) => {
    const input = parseInput(workshopInputSchema, req.body);
    const { teamRef, userRef } = await writer(req);
    res.status(201).json(await workshops.plan(teamRef, input, userRef, now()));
  });

  router.get(WORKSHOP, async (req, res) => {
    const id = idFrom(req);
    const teamRef = await reader(req);
    res.json((await workshops.record(teamRef, id)) satisfies WorkshopRecord);
  });

  router.put(WORKSHOP, async (req, res) => {
    const id = idFrom(req);
    const input = parseInput(workshopInputSchema, req.body);
    const { teamRef } = await writer(req);
    res.json(await workshops.replan(teamRef, id, input, now()));
  });

  router.post(`${WORKSHOP}/turns`, async (req, res) => {
    const id = idFrom(req);
    const { participantRef } = parseInput(turnDrawInputSchema, req.body);
    const { teamRef } = await writer(req);
    res
      .status(201)
      .json(await workshops.draw(teamRef, id, participantRef, now()));
  });

  router.post(`${TURN}/end`, async (req, res) => {
    const id = idFrom(req);
    const turnId = idFrom(req, 'turnId');
    const { teamRef } = await writer(req);
    res.json(await workshops.endTurn(teamRef, id, turnId, now()));
  });

  router.put(`${TURN}/steps`, async (req, res) => {
    const id = idFrom(req);
    const turnId = idFrom(req, 'turnId');
    const { steps } = parseInput(turnStepsInputSchema, req.body);
    const { teamRef, userRef } = await writer(req);
    res.json(
      await workshops.saveSteps({
        teamRef,
        workshopId: id,
        turnId,
        steps,
        by: userRef,
        now: now(),
      }),
    );
  });

  router.post(`${WORKSHOP}/notes`, async (req, res) => {
    const id = idFrom(req);
    const input = parseInput(workshopNoteInputSchema, req.body);
    const { teamRef, userRef } = await writer(req);
    res
      .status(201)
      .json(await workshops.addNote(teamRef, id, input, userRef, now()));
  });

  router.post(`${WORKSHOP}/actions`, async (req, res) => {
    const id = idFrom(req);
    const input = parseInput(readinessActionInputSchema, req.body);
    const { teamRef, userRef } = await writer(req);
    res
      .status(201)
      .json(await workshops.addAction(teamRef, id, input, userRef, now()));
  });

  router.get(`${DESK}/actions`, async (req, res) => {
    const { status } = parseInput(readinessActionFilterSchema, req.query);
    const teamRef = await reader(req);
    res.json({
      items: await workshops.actions(teamRef, status),
    } satisfies ItemList<ReadinessAction>);
  });

  router.put(`${DESK}/actions/:id`, async (req, res) => {
    const id = idFrom(req);
    const update = parseInput(readinessActionUpdateSchema, req.body);
    const { teamRef } = await writer(req);
    res.json(await workshops.updateAction(teamRef, id, update, now()));
  });

  router.get(`${DESK}/workshop-cadence`, async (req, res) => {
    const teamRef = await reader(req);
    res.json(
      (await workshops.cadence(
        teamRef,
        now(),
      )) satisfies WorkshopCadenceSetting,
    );
  });

  router.put(`${DESK}/workshop-cadence`, async (req, res) => {
    const cadence = parseInput(workshopCadenceSchema, req.body);
    const { teamRef, userRef } = await writer(req);
    res.json(await workshops.setCadence(teamRef, cadence, userRef, now()));
  });
}
