import { NotAllowedError } from '@backstage/errors';
import {
  isOpen,
  ItemList,
  RequestAction,
  RequestDetail,
  RequestEvent,
  RequestPage,
  requestStatuses,
  zooportRequestCreatePermission,
  zooportRequestReadPermission,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { RequestCursor } from '../../database/RequestStore';
import { JiraIssues } from '../../jira';
import { RequestService } from '../RequestService';
import { requestDetail, requestWithAccess } from '../requestDetail';
import { parseInput } from '../validation/fields';
import {
  approvalInputSchema,
  assignmentInputSchema,
  commentInputSchema,
  escalationInputSchema,
  figuresQuerySchema,
  requestInputSchema,
  requestListQuerySchema,
  transitionInputSchema,
} from '../validation/requests';
import { RouteDeps } from './util/deps';
import { decodeCursor, encodeCursor } from './util/cursor';
import { idFrom, teamRefFrom } from './util/params';

export interface RequestRoutesDeps extends RouteDeps {
  requests: RequestService;
  /** Only when Jira is configured. */
  jira?: JiraIssues;
}

/** Actions a requester may take on their own request. */
const requesterActions: RequestAction[] = ['close', 'reopen'];

const notAllowed = (what: string) => new NotAllowedError(`You may not ${what}`);

const isRequestCursor = (value: any): value is RequestCursor =>
  typeof value?.createdAt === 'string' && typeof value?.id === 'string';

/** Requests, their conversation, approval and a desk's key figures. */
export function requestRoutes(router: express.Router, deps: RequestRoutesDeps) {
  const { access, requests, now } = deps;

  router.get('/desks/:namespace/:name/figures', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const { days } = parseInput(figuresQuerySchema, req.query);
    await access.require(req, zooportRequestReadPermission, 'requests');
    res.json(await requests.figures(teamRef, days, now()));
  });

  router.post('/requests', async (req, res) => {
    const requesterRef = await access.user(req);
    const input = parseInput(requestInputSchema, req.body);
    await access.require(
      req,
      zooportRequestCreatePermission,
      'support requests',
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
        filed: { from: query.filedFrom, to: query.filedTo },
        resolved: { from: query.resolvedFrom, to: query.resolvedTo },
        typeIds: query.type,
        resolutionCategories: query.category,
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
    } satisfies RequestPage);
  });

  router.get('/requests/:id', async (req, res) => {
    const id = idFrom(req);
    const detail = await requestDetail(deps, req, id, now());
    const jira = await deps.jira?.detailOf(detail, detail.may.update);
    res.json({ ...detail, ...(jira && { jira }) } satisfies RequestDetail);
  });

  router.post('/requests/:id/transitions', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const change = parseInput(transitionInputSchema, req.body);
    const { may } = await requestWithAccess(deps, req, id);
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
    const { may } = await requestWithAccess(deps, req, id);
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
    res.status(201).json({ items: events } satisfies ItemList<RequestEvent>);
  });

  router.post('/requests/:id/escalate', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const { reason } = parseInput(escalationInputSchema, req.body ?? {});
    const { may } = await requestWithAccess(deps, req, id);
    if (!may.participate) {
      throw notAllowed('escalate this request');
    }
    res.json(await requests.escalate(id, reason, userRef, now()));
  });

  router.put('/requests/:id/assignee', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const { assigneeRef } = parseInput(assignmentInputSchema, req.body);
    const { may } = await requestWithAccess(deps, req, id);
    if (!may.update) {
      throw notAllowed('assign this request');
    }
    res.json(await requests.assign(id, assigneeRef, userRef, now()));
  });

  router.post('/requests/:id/approval', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const decision = parseInput(approvalInputSchema, req.body);
    const { may } = await requestWithAccess(deps, req, id);
    if (!may.approve) {
      throw notAllowed('approve this request');
    }
    res.json(await requests.decideApproval(id, decision, userRef, now()));
  });
}
