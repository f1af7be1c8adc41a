import { InputError, NotAllowedError } from '@backstage/errors';
import {
  isOpen,
  RequestAction,
  requestStatuses,
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
  zooportRequestApprovePermission,
  zooportRequestCreatePermission,
  zooportRequestParticipatePermission,
  zooportRequestReadPermission,
  zooportRequestUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { DateTime } from 'luxon';
import { RequestCursor } from '../database/RequestStore';
import { WebhookStore } from '../database/WebhookStore';
import { WebhookTargets } from './WebhookTargets';
import { requestResourceOf } from '../permissions/requestResource';
import { Access } from './Access';
import { decodeCursor, encodeCursor } from './cursor';
import { idFrom, revisionFrom, setRevisionTag, teamRefFrom } from './params';
import {
  approvalInputSchema,
  commentInputSchema,
  escalationInputSchema,
  figuresQuerySchema,
  requestInputSchema,
  requestListQuerySchema,
  requestTypeInputSchema,
  transitionInputSchema,
} from './validation/requests';
import { RequestService } from './RequestService';
import { RequestTypeService } from './RequestTypeService';
import { webhookInputSchema } from './validation/desks';
import { parseInput } from './validation/fields';

export interface RequestRouterOptions {
  access: Access;
  requests: RequestService;
  requestTypes: RequestTypeService;
  webhooks: WebhookStore;
  webhookTargets: WebhookTargets;
  now?: () => DateTime;
}

/** Actions a requester may take on their own request. */
const requesterActions: RequestAction[] = ['close', 'reopen'];

const notAllowed = (what: string) => new NotAllowedError(`You may not ${what}`);

const isRequestCursor = (value: any): value is RequestCursor =>
  typeof value?.createdAt === 'string' && typeof value?.id === 'string';

/** Request types, requests, their conversation and desk webhooks. */
export async function createRequestRouter(
  options: RequestRouterOptions,
): Promise<express.Router> {
  const { access, requests, requestTypes, webhooks, webhookTargets } = options;
  const now = options.now ?? (() => DateTime.now());
  const router = Router();

  router.get('/desks/:namespace/:name/request-types', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json({ items: await requestTypes.listTypes(teamRef, now()) });
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

  router.get('/desks/:namespace/:name/figures', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const { days } = parseInput(figuresQuerySchema, req.query);
    await access.require(req, zooportRequestReadPermission, 'requests');
    res.json(await requests.figures(teamRef, days, now()));
  });

  router.get('/desks/:namespace/:name/webhook', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
    res.json({
      url: (await webhooks.webhookOf(teamRef)) ?? null,
      deliveries: await webhooks.deliveries(teamRef),
    });
  });

  router.put('/desks/:namespace/:name/webhook', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const by = await access.user(req);
    const input = parseInput(webhookInputSchema, req.body);
    await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
    const refusal = input.url && (await webhookTargets.refusal(input.url));
    if (refusal) {
      throw new InputError(`url: ${refusal}`);
    }
    await webhooks.setWebhook(teamRef, input.url, by, now());
    res.json({ url: input.url });
  });

  router.post('/requests', async (req, res) => {
    const requesterRef = await access.user(req);
    const input = parseInput(requestInputSchema, req.body);
    await access.require(
      req,
      zooportRequestCreatePermission,
      'file support requests',
    );
    const { request, created } = await requests.create(
      input,
      requesterRef,
      now(),
    );
    res.status(created ? 201 : 200).json(request);
  });

  router.get('/requests', async (req, res) => {
    const query = parseInput(requestListQuerySchema, req.query);
    await access.require(req, zooportRequestReadPermission, 'requests');
    const me = () => access.user(req);
    const page = await requests.list(
      {
        teamRefs: query.desk,
        assigneeRef: query.assignee === 'me' ? await me() : query.assignee,
        requesterRef: query.requester === 'me' ? await me() : query.requester,
        statuses:
          query.status === 'open'
            ? requestStatuses.filter(isOpen)
            : query.status,
        priorities: query.priority,
        breached: query.breached,
        text: query.text,
      },
      {
        limit: query.limit,
        after: query.cursor
          ? decodeCursor(query.cursor, isRequestCursor)
          : undefined,
      },
      now(),
    );
    res.json({
      items: page.items,
      nextCursor: page.next ? encodeCursor(page.next) : null,
    });
  });

  /** The request, and what the caller may do with it. */
  async function requestWithAccess(req: Request, id: string) {
    const stored = await requests.stored(id);
    const resource = requestResourceOf(stored);
    const [update, participate, approve] = await Promise.all(
      [
        zooportRequestUpdatePermission,
        zooportRequestParticipatePermission,
        zooportRequestApprovePermission,
      ].map(permission => access.mayOnRequest(req, permission, resource)),
    );
    return { stored, may: { update, participate, approve } };
  }

  router.get('/requests/:id', async (req, res) => {
    const id = idFrom(req);
    await access.require(req, zooportRequestReadPermission, 'requests');
    const { stored, may } = await requestWithAccess(req, id);
    res.json({
      ...(await requests.show(stored, now())),
      events: await requests.history(id, may.update),
      may,
    });
  });

  router.post('/requests/:id/transitions', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const change = parseInput(transitionInputSchema, req.body);
    const { may } = await requestWithAccess(req, id);
    const allowed = requesterActions.includes(change.action)
      ? may.participate
      : may.update;
    if (!allowed) {
      throw notAllowed(`${change.action.replace(/_/g, ' ')} this request`);
    }
    res.json(
      await requests.transition(
        id,
        change,
        { userRef, asDesk: may.update },
        now(),
      ),
    );
  });

  router.post('/requests/:id/comments', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const comment = parseInput(commentInputSchema, req.body);
    const { may } = await requestWithAccess(req, id);
    if (comment.internal ? !may.update : !may.participate) {
      throw notAllowed(
        comment.internal
          ? 'write internal notes on this request'
          : 'comment on this request',
      );
    }
    const events = await requests.comment(
      id,
      comment,
      { userRef, asDesk: may.update },
      now(),
    );
    res.status(201).json({ items: events });
  });

  router.post('/requests/:id/escalate', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const { reason } = parseInput(escalationInputSchema, req.body ?? {});
    const { may } = await requestWithAccess(req, id);
    if (!may.participate) {
      throw notAllowed('escalate this request');
    }
    res.json(await requests.escalate(id, reason, userRef, now()));
  });

  router.post('/requests/:id/approval', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const decision = parseInput(approvalInputSchema, req.body);
    const { may } = await requestWithAccess(req, id);
    if (!may.approve) {
      throw notAllowed('approve this request');
    }
    res.json(await requests.decideApproval(id, decision, userRef, now()));
  });

  return router;
}
