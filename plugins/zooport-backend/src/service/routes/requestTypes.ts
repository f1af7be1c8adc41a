import {
  ItemList,
  RequestType,
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { RequestTypeService } from '../RequestTypeService';
import { parseInput } from '../validation/fields';
import { requestTypeInputSchema } from '../validation/requests';
import { RouteDeps } from './util/deps';
import { revisionFrom, setRevisionTag } from './util/etag';
import { idFrom, teamRefFrom } from './util/params';

export interface RequestTypeRoutesDeps extends RouteDeps {
  requestTypes: RequestTypeService;
}

/** The kinds of request a desk takes, with their fields and SLA targets. */
export function requestTypeRoutes(
  router: express.Router,
  deps: RequestTypeRoutesDeps,
) {
  const { access, requestTypes, now } = deps;

  router.get('/desks/:namespace/:name/request-types', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json({
      items: await requestTypes.listTypes(teamRef, now()),
    } satisfies ItemList<RequestType>);
  });

  router.post('/desks/:namespace/:name/request-types', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const by = await access.user(req);
    const { archived: _archived, ...input } = parseInput(
      requestTypeInputSchema,
      req.body,
    );
    await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
    const type = await requestTypes.createType(teamRef, input, by, now());
    setRevisionTag(res, type.revision);
    res.status(201).json(type);
  });

  router.put('/desks/:namespace/:name/request-types/:id', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const id = idFrom(req);
    const by = await access.user(req);
    const { archived, ...input } = parseInput(requestTypeInputSchema, req.body);
    await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
    const type = await requestTypes.updateType({
      teamRef,
      id,
      input,
      archived,
      expectedRevision: revisionFrom(req),
      by,
      now: now(),
    });
    setRevisionTag(res, type.revision);
    res.json(type);
  });

  router.delete(
    '/desks/:namespace/:name/request-types/:id',
    async (req, res) => {
      const teamRef = teamRefFrom(req);
      const id = idFrom(req);
      const by = await access.user(req);
      await access.requireOnDesk(req, zooportDeskUpdatePermission, {
        teamRef,
      });
      res.json(await requestTypes.archiveType(teamRef, id, by, now()));
    },
  );
}
