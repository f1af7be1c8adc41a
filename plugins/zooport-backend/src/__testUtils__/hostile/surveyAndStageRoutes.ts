import { teamRefFrom, userRefFrom } from '../../service/routes/util/params';
import {
  stageInputSchema,
  surveyAnswerSchema,
  surveySettingsSchema,
  surveyTrendQuerySchema,
} from '../../service/validation/survey';
import type { ParamCheck, RouteSpec } from './routeTable';

// The routes of the monthly survey and the readiness stages, for the
// route table.

const team = { namespace: 'default', name: 'platform-software' };
const teamRoute: ParamCheck = teamRefFrom;
const personRoute: ParamCheck = req =>
  userRefFrom(req, { namespace: 'userNamespace', name: 'userName' });
const bobAtTheDesk = { ...team, userNamespace: 'default', userName: 'bob' };
const person =
  '/desks/:namespace/:name/readiness/people/:userNamespace/:userName';

export const surveyAndStageRoutes: RouteSpec[] = [
  {
    method: 'get',
    path: '/desks/:namespace/:name/survey',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'post',
    path: '/desks/:namespace/:name/survey/answers',
    params: [teamRoute],
    body: surveyAnswerSchema,
    example: () => ({ params: team, body: { score: 7, comment: 'Fine' } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/survey/trend',
    params: [teamRoute],
    query: surveyTrendQuerySchema,
    example: () => ({ params: team, query: { months: 6 } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/survey/settings',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'put',
    path: '/desks/:namespace/:name/survey/settings',
    params: [teamRoute],
    body: surveySettingsSchema,
    example: () => ({ params: team, body: { enabled: true, dayOfMonth: 3 } }),
  },
  {
    method: 'get',
    path: '/desks/:namespace/:name/readiness',
    params: [teamRoute],
    example: () => ({ params: team }),
  },
  {
    method: 'put',
    path: person,
    params: [teamRoute, personRoute],
    body: stageInputSchema,
    example: () => ({ params: bobAtTheDesk, body: { stage: 'shadow' } }),
  },
  {
    method: 'get',
    path: `${person}/history`,
    params: [teamRoute, personRoute],
    example: () => ({ params: bobAtTheDesk }),
  },
  {
    method: 'get',
    path: '/me/readiness',
    params: [],
    example: () => ({ params: {} }),
  },
];
