import {
  ItemList,
  StoredOverride,
  zooportDeskReadPermission,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { DeskService } from '../DeskService';
import { overrideInputSchema } from '../validation/desks';
import { parseInput } from '../validation/fields';
import { RouteDeps } from './util/deps';
import { idFrom, teamRefFrom } from './util/params';

export interface OverrideRoutesDeps extends RouteDeps {
  desks: DeskService;
}

/** Overrides of a desk's rotation: someone replaced, added or away. */
export function overrideRoutes(
  router: express.Router,
  deps: OverrideRoutesDeps,
) {
  const { access, desks, now } = deps;

  router.get('/desks/:namespace/:name/overrides', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json({
      items: await desks.listOverrides(teamRef, now()),
    } satisfies ItemList<StoredOverride>);
  });

  router.post('/desks/:namespace/:name/overrides', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const createdBy = await access.user(req);
    const input = parseInput(overrideInputSchema, req.body);
    await access.requireOnDesk(req, zooportRotationUpdatePermission, {
      teamRef,
    });
    const override = await desks.addOverride(
      teamRef,
      {
        ...input,
        start: input.start.toISO()!,
        end: input.end.toISO()!,
      },
      createdBy,
      now(),
    );
    res.status(201).json(override);
  });

  router.delete('/desks/:namespace/:name/overrides/:id', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.user(req);
    await access.requireOnDesk(req, zooportRotationUpdatePermission, {
      teamRef,
    });
    await desks.deleteOverride(teamRef, idFrom(req), now());
    res.status(204).end();
  });
}
