import { NotFoundError } from '@backstage/errors';
import { Request } from 'express';
import { z } from 'zod';
import {
  idFrom,
  revisionParamFrom,
  teamRefFrom,
  userRefFrom,
} from '../../service/routes/util/params';
import {
  atQuerySchema,
  deskInputSchema,
  overrideInputSchema,
  rangeQuerySchema,
  rotationPreviewSchema,
  webhookInputSchema,
} from '../../service/validation/desks';
import { surveyAndStageRoutes } from './surveyAndStageRoutes';
import {
  entryInputSchema,
  entryListQuerySchema,
  entrySearchQuerySchema,
  feedbackInputSchema,
  suggestQuerySchema,
} from '../../service/validation/knowledge';
import {
  approvalInputSchema,
  assignmentInputSchema,
  commentInputSchema,
  escalationInputSchema,
  figuresQuerySchema,
  requestInputSchema,
  requestListQuerySchema,
  requestTypeInputSchema,
  transitionInputSchema,
} from '../../service/validation/requests';
import { reportQuerySchema } from '../../service/validation/reports';
import {
  readinessActionFilterSchema,
  readinessActionInputSchema,
  readinessActionUpdateSchema,
  scenarioDraftInputSchema,
  scenarioInputSchema,
  turnDrawInputSchema,
  turnStepsInputSchema,
  workshopCadenceSchema,
  workshopInputSchema,
  workshopNoteInputSchema,
} from '../../service/validation/readiness';
import { bob, carol, platformDesk, platformTeam } from '../testBackend';

// Every route the plugin's router registers, with the checks and schemas
// it applies to its path parameters, query and body, and a valid example of
// each: what hostile requests are made from. `routeTable.test.ts` fails
// when the router has a route this table lacks.

/** The rows the valid setup wrote, which the examples name. */
export interface Fixture {
  typeId: string;
  requestId: string;
  entryId: string;
  overrideId: string;
  scenarioId: string;
  workshopId: string;
  turnId: string;
  actionId: string;
}

/** A route's own check of its path parameters: throws when it refuses them. */
export type ParamCheck = (req: Request) => unknown;

/** The parts of a valid request to a route. */
export interface RouteExample {
  params: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export interface RouteSpec {
  method: 'get' | 'put' | 'post' | 'delete';
  /** The path as the router registers it, e.g. `/entries/:id`. */
  path: string;
  /** The checks the handler runs on `req.params`. */
  params: ParamCheck[];
  query?: z.ZodType;
  body?: z.ZodType;
  /** Takes `If-Match: "<revision>"`; `star` also `*`. */
  ifMatch?: 'revision' | 'star';
  example: (fixture: Fixture) => RouteExample;
  /**
   * Valid bodies but for one thing they name that does not exist (or may
   * not be named there), which the route must refuse without writing.
   */
  unknownReferences?: (fixture: Fixture, unknown: Unknown) => unknown[];
}

/** Well-formed names of what does not exist. */
export interface Unknown {
  id: string;
  userRef: string;
  teamRef: string;
}

/**
 * The calendar feed route answers 404 for every key but a live one, and the
 * setup makes none.
 */
const noFeedIsLive: ParamCheck = () => {
  throw new NotFoundError('no live feed');
};

const team = { namespace: 'default', name: 'platform-software' };
const teamRoute = teamRefFrom;

const pinnedWeek = {
  from: '2026-01-12T00:00:00+01:00',
  to: '2026-01-19T00:00:00+01:00',
};

const vacation = {
  kind: 'replace',
  userRef: bob,
  replacementRef: carol,
  start: '2026-02-02T00:00:00+01:00',
  end: '2026-02-04T00:00:00+01:00',
};

const target = { firstResponseMinutes: 60, resolutionMinutes: 480 };
const requestType = {
  name: 'Pipeline question',
  fields: [{ key: 'branch', label: 'Branch', kind: 'text' }],
  sla: { urgent: target, high: target, medium: target, low: target },
};

const reportExample = { from: '2026-01-01', to: '2026-03-31', bucket: 'month' };

const faq = { kind: 'faq', title: 'How do I deploy?', body: 'Merge to main.' };

const scenario = { title: 'Deploys hang', opening: 'The queue stopped.' };
const workshop = {
  startsAt: '2026-01-21T14:00:00+01:00',
  durationMinutes: 90,
  facilitatorRef: carol,
  participantRefs: [bob],
};
const action = {
  title: 'Alert on the deploy queue',
  ownerRef: bob,
  dueOn: '2026-01-28',
};
const withScenario = (f: Fixture) => ({ ...team, id: f.scenarioId });
const withWorkshop = (f: Fixture) => ({ ...team, id: f.workshopId });
const withTurn = (f: Fixture) => ({ ...withWorkshop(f), turnId: f.turnId });
const turnRoute: ParamCheck = req => idFrom(req, 'turnId');

/** The routes of a desk's scenarios, workshops and actions. */
const readinessRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/desks/:namespace/:name/scenarios',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/scenarios',
    params: [teamRoute],
    body: scenarioInputSchema,
    example: () => ({ params: team, body: scenario }),
    unknownReferences: (_f, unknown) => [
      { ...scenario, playbookIds: [unknown.id] },
    ],
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/scenarios/from-request',
    params: [teamRoute],
    body: scenarioDraftInputSchema,
    example: f => ({ params: team, body: { requestId: f.requestId } }),
    unknownReferences: (_f, unknown) => [{ requestId: unknown.id }],
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/scenarios/:id',
    params: [teamRoute, idFrom],
    example: f => ({ params: withScenario(f) }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/scenarios/:id',
    params: [teamRoute, idFrom],
    body: scenarioInputSchema,
    ifMatch: 'revision',
    example: f => ({ params: withScenario(f), body: scenario }),
  },
  {
    method: 'delete',
    path: '/desks/:namespace/:name/scenarios/:id',
    params: [teamRoute, idFrom],
    example: f => ({ params: withScenario(f) }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/scenarios/:id/versions',
    params: [teamRoute, idFrom],
    example: f => ({ params: withScenario(f) }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/scenarios/:id/versions/:revision/restore',
    params: [teamRoute, idFrom, revisionParamFrom],
    example: f => ({ params: { ...withScenario(f), revision: '1' } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/workshops',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/workshops',
    params: [teamRoute],
    body: workshopInputSchema,
    example: () => ({ params: team, body: workshop }),
    unknownReferences: (_f, unknown) => [
      { ...workshop, facilitatorRef: unknown.userRef },
      { ...workshop, participantRefs: [unknown.userRef] },
    ],
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/workshops/:id',
    params: [teamRoute, idFrom],
    example: f => ({ params: withWorkshop(f) }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/workshops/:id',
    params: [teamRoute, idFrom],
    body: workshopInputSchema,
    example: f => ({ params: withWorkshop(f), body: workshop }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/workshops/:id/turns',
    params: [teamRoute, idFrom],
    body: turnDrawInputSchema,
    example: f => ({ params: withWorkshop(f), body: { participantRef: bob } }),
    unknownReferences: (_f, unknown) => [{ participantRef: unknown.userRef }],
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/workshops/:id/turns/:turnId/end',
    params: [teamRoute, idFrom, turnRoute],
    example: f => ({ params: withTurn(f) }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/workshops/:id/turns/:turnId/steps',
    params: [teamRoute, idFrom, turnRoute],
    body: turnStepsInputSchema,
    example: f => ({ params: withTurn(f), body: { steps: '1. Looked' } }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/workshops/:id/notes',
    params: [teamRoute, idFrom],
    body: workshopNoteInputSchema,
    example: f => ({
      params: withWorkshop(f),
      body: { turnId: f.turnId, column: 'awesome', text: 'Calm' },
    }),
    unknownReferences: (_f, unknown) => [
      { column: 'crappy', text: 'x', turnId: unknown.id },
      {
        column: 'crappy',
        text: 'x',
        link: { kind: 'playbook', id: unknown.id },
      },
    ],
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/workshops/:id/actions',
    params: [teamRoute, idFrom],
    body: readinessActionInputSchema,
    example: f => ({ params: withWorkshop(f), body: action }),
    unknownReferences: (_f, unknown) => [
      { ...action, ownerRef: unknown.userRef },
      { ...action, turnId: unknown.id },
    ],
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/actions',
    params: [teamRoute],
    query: readinessActionFilterSchema,
    example: () => ({ params: team, query: { status: 'open,done' } }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/actions/:id',
    params: [teamRoute, idFrom],
    body: readinessActionUpdateSchema,
    example: f => ({
      params: { ...team, id: f.actionId },
      body: { ...action, status: 'done' },
    }),
    unknownReferences: (_f, unknown) => [
      { ...action, status: 'done', ownerRef: unknown.userRef },
    ],
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/workshop-cadence',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/workshop-cadence',
    params: [teamRoute],
    body: workshopCadenceSchema,
    example: () => ({ params: team, body: { every: 2, unit: 'weeks' } }),
  },
];

export const routeTable: RouteSpec[] = [
  {
    method: 'get',
    path: '/health',
    params: [],
    example: () => ({ params: {} }),
  },
  {
    method: 'get',
    path: '/desks',
    params: [],
    example: () => ({ params: {} }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name',
    params: [teamRoute],
    body: deskInputSchema,
    ifMatch: 'star',
    example: () => ({ params: team, body: platformDesk() }),
    unknownReferences: (_f, unknown) => [
      platformDesk({
        rotation: {
          ...platformDesk().rotation,
          participants: [{ userRef: unknown.userRef, capabilities: [] }],
        },
      }),
      platformDesk({
        rotation: { ...platformDesk().rotation, fallback: unknown.userRef },
      }),
      platformDesk({
        rotation: { ...platformDesk().rotation, observers: [unknown.userRef] },
      }),
    ],
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/rotation-preview',
    params: [teamRoute],
    body: rotationPreviewSchema,
    example: () => ({
      params: team,
      body: { rotation: platformDesk().rotation, shifts: 4 },
    }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/on-duty',
    params: [teamRoute],
    query: atQuerySchema,
    example: () => ({ params: team, query: { at: pinnedWeek.from } }),
  },
  {
    method: 'get',
    path: '/on-duty',
    params: [],
    query: atQuerySchema,
    example: () => ({ params: {}, query: { at: pinnedWeek.from } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/schedule',
    params: [teamRoute],
    query: rangeQuerySchema,
    example: () => ({ params: team, query: pinnedWeek }),
  },
  {
    method: 'get',
    path: '/me/shifts',
    params: [],
    example: () => ({ params: {} }),
  },
  ...surveyAndStageRoutes,
  {
    method: 'get',
    path: '/people/:namespace/:name/shifts',
    params: [userRefFrom],
    example: () => ({ params: { namespace: 'default', name: 'bob' } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/calendar.ics',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/calendar-subscription',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/calendar-subscription',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'get',
    path: '/calendar/:feed',
    params: [noFeedIsLive],
    example: () => ({ params: { feed: 'abcdefghijklmnop.ics' } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/overrides',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/overrides',
    params: [teamRoute],
    body: overrideInputSchema,
    example: () => ({ params: team, body: vacation }),
  },
  {
    method: 'delete',
    path: '/desks/:namespace/:name/overrides/:id',
    params: [teamRoute, idFrom],
    example: f => ({ params: { ...team, id: f.overrideId } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/request-types',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/request-types',
    params: [teamRoute],
    body: requestTypeInputSchema,
    example: () => ({ params: team, body: requestType }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/request-types/:id',
    params: [teamRoute, idFrom],
    body: requestTypeInputSchema,
    ifMatch: 'revision',
    example: f => ({ params: { ...team, id: f.typeId }, body: requestType }),
  },
  {
    method: 'delete',
    path: '/desks/:namespace/:name/request-types/:id',
    params: [teamRoute, idFrom],
    example: f => ({ params: { ...team, id: f.typeId } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/webhook',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/webhook',
    params: [teamRoute],
    body: webhookInputSchema,
    example: () => ({
      params: team,
      body: { url: 'https://chat.example.com/hooks/platform' },
    }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/figures',
    params: [teamRoute],
    query: figuresQuerySchema,
    example: () => ({ params: team, query: { days: '30' } }),
  },
  ...[
    '/desks/:namespace/:name/report',
    '/desks/:namespace/:name/report.csv',
  ].map(
    (path): RouteSpec => ({
      method: 'get',
      path,
      params: [teamRoute],
      query: reportQuerySchema,
      example: () => ({ params: team, query: reportExample }),
    }),
  ),
  ...[
    '/desks/:namespace/:name/digests/daily',
    '/desks/:namespace/:name/digests/weekly',
    '/desks/:namespace/:name/digests/planning',
  ].map(
    (path): RouteSpec => ({
      method: 'get',
      path,
      params: [teamRoute],
      query: atQuerySchema,
      example: () => ({ params: team, query: { at: pinnedWeek.from } }),
    }),
  ),
  ...['/report', '/report.csv'].map(
    (path): RouteSpec => ({
      method: 'get',
      path,
      params: [],
      query: reportQuerySchema,
      example: () => ({ params: {}, query: reportExample }),
    }),
  ),
  {
    method: 'post',
    path: '/requests',
    params: [],
    body: requestInputSchema,
    example: f => ({
      params: {},
      body: {
        teamRef: platformTeam,
        typeId: f.typeId,
        title: 'Where are the build logs?',
        impact: 'low',
        urgency: 'high',
      },
    }),
    unknownReferences: (f, unknown) => [
      { teamRef: platformTeam, typeId: unknown.id, title: 'Logs?' },
      { teamRef: unknown.teamRef, typeId: f.typeId, title: 'Logs?' },
      { teamRef: 'group:default/security', typeId: f.typeId, title: 'Logs?' },
      {
        teamRef: 'group:default/database-administrators',
        typeId: f.typeId,
        title: 'Logs?',
      },
    ],
  },
  {
    method: 'get',
    path: '/requests',
    params: [],
    query: requestListQuerySchema,
    example: () => ({
      params: {},
      query: { desk: platformTeam, status: 'open', text: 'logs', limit: '10' },
    }),
  },
  {
    method: 'get',
    path: '/requests/:id',
    params: [idFrom],
    example: f => ({ params: { id: f.requestId } }),
  },
  {
    method: 'post',
    path: '/requests/:id/transitions',
    params: [idFrom],
    body: transitionInputSchema,
    example: f => ({
      params: { id: f.requestId },
      body: {
        action: 'resolve',
        resolution: { category: 'answered', minutesSpent: 5 },
      },
    }),
    unknownReferences: (f, unknown) =>
      [
        { category: 'faq_entry', entryId: unknown.id },
        { category: 'duplicate', duplicateOf: unknown.id },
        { category: 'duplicate', duplicateOf: f.requestId },
        { category: 'redirected', redirectTo: { teamRef: unknown.teamRef } },
        { category: 'redirected', redirectTo: { teamRef: platformTeam } },
        {
          category: 'redirected',
          redirectTo: { teamRef: 'group:default/security', typeId: unknown.id },
        },
      ].map(resolution => ({ action: 'resolve', resolution })),
  },
  {
    method: 'post',
    path: '/requests/:id/comments',
    params: [idFrom],
    body: commentInputSchema,
    example: f => ({ params: { id: f.requestId }, body: { body: 'Thanks!' } }),
  },
  {
    method: 'post',
    path: '/requests/:id/escalate',
    params: [idFrom],
    body: escalationInputSchema,
    example: f => ({
      params: { id: f.requestId },
      body: { reason: 'Production is down' },
    }),
  },
  {
    method: 'post',
    path: '/requests/:id/approval',
    params: [idFrom],
    body: approvalInputSchema,
    example: f => ({
      params: { id: f.requestId },
      body: { decision: 'approved', note: 'ok' },
    }),
  },
  {
    method: 'put',
    path: '/requests/:id/assignee',
    params: [idFrom],
    body: assignmentInputSchema,
    example: f => ({
      params: { id: f.requestId },
      body: { assigneeRef: bob },
    }),
    unknownReferences: (_f, unknown) => [
      { assigneeRef: unknown.userRef },
      { assigneeRef: 'user:default/dave' },
    ],
  },
  {
    method: 'get',
    path: '/entries',
    params: [],
    query: entryListQuerySchema,
    example: () => ({
      params: {},
      query: { desk: [platformTeam], kind: 'faq', tag: 'ci', limit: '5' },
    }),
  },
  {
    method: 'get',
    path: '/entries/search',
    params: [],
    query: entrySearchQuerySchema,
    example: () => ({ params: {}, query: { q: 'deploy', kind: 'faq' } }),
  },
  {
    method: 'get',
    path: '/suggest',
    params: [],
    query: suggestQuerySchema,
    example: () => ({
      params: {},
      query: { q: 'how to deploy', entityRef: 'component:default/vault' },
    }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/faq-candidates',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/entries',
    params: [teamRoute],
    body: entryInputSchema,
    example: () => ({ params: team, body: faq }),
  },
  {
    method: 'get',
    path: '/entries/:id',
    params: [idFrom],
    example: f => ({ params: { id: f.entryId } }),
  },
  {
    method: 'put',
    path: '/entries/:id',
    params: [idFrom],
    body: entryInputSchema,
    ifMatch: 'revision',
    example: f => ({ params: { id: f.entryId }, body: faq }),
  },
  {
    method: 'delete',
    path: '/entries/:id',
    params: [idFrom],
    example: f => ({ params: { id: f.entryId } }),
  },
  {
    method: 'get',
    path: '/entries/:id/versions',
    params: [idFrom],
    example: f => ({ params: { id: f.entryId } }),
  },
  {
    method: 'post',
    path: '/entries/:id/versions/:revision/restore',
    params: [idFrom, revisionParamFrom],
    example: f => ({ params: { id: f.entryId, revision: '1' } }),
  },
  {
    method: 'post',
    path: '/entries/:id/review',
    params: [idFrom],
    example: f => ({ params: { id: f.entryId } }),
  },
  {
    method: 'post',
    path: '/entries/:id/feedback',
    params: [idFrom],
    body: feedbackInputSchema,
    example: f => ({ params: { id: f.entryId }, body: { helped: true } }),
  },
  ...readinessRoutes,
];

/** `GET /desks/:namespace/:name`, as the router and its stack name it. */
export const routeName = (route: Pick<RouteSpec, 'method' | 'path'>) =>
  `${route.method.toUpperCase()} ${route.path}`;
