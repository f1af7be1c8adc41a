import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { ZooportHealth } from '@zooport/plugin-zooport-common';
import express from 'express';
import Router from 'express-promise-router';
import { DateTime } from 'luxon';
import { version } from '../../package.json';
import { calendarRoutes, CalendarRoutesDeps } from './routes/calendar';
import { deskRoutes, DeskRoutesDeps } from './routes/desks';
import { digestRoutes, DigestRoutesDeps } from './routes/digests';
import { knowledgeRoutes, KnowledgeRoutesDeps } from './routes/knowledge';
import { overrideRoutes, OverrideRoutesDeps } from './routes/overrides';
import { peopleRoutes, PeopleRoutesDeps } from './routes/people';
import { reportRoutes, ReportRoutesDeps } from './routes/reports';
import { scenarioRoutes, ScenarioRoutesDeps } from './routes/scenarios';
import { workshopRoutes, WorkshopRoutesDeps } from './routes/workshops';
import { stageRoutes, StageRoutesDeps } from './routes/stages';
import { surveyRoutes, SurveyRoutesDeps } from './routes/survey';
import { requestRoutes, RequestRoutesDeps } from './routes/requests';
import {
  requestTypeRoutes,
  RequestTypeRoutesDeps,
} from './routes/requestTypes';
import { webhookRoutes, WebhookRoutesDeps } from './routes/webhooks';
import { jsonBody } from './routes/util/jsonBody';

/** What the routes of all resources need together. */
type RoutesDeps = DeskRoutesDeps &
  SurveyRoutesDeps &
  StageRoutesDeps &
  CalendarRoutesDeps &
  OverrideRoutesDeps &
  PeopleRoutesDeps &
  RequestTypeRoutesDeps &
  WebhookRoutesDeps &
  RequestRoutesDeps &
  ReportRoutesDeps &
  DigestRoutesDeps &
  KnowledgeRoutesDeps &
  ScenarioRoutesDeps &
  WorkshopRoutesDeps;

export type RouterOptions = Omit<RoutesDeps, 'now'> & {
  logger: LoggerService;
  /** The clock; tests pin it. */
  now?: () => DateTime;
};

/** A JSON body larger than this is refused with 400 before it is parsed. */
const BODY_LIMIT = '512kb';

/** The plugin's router: health, then the routes of each resource. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const deps: RoutesDeps = {
    ...options,
    now: options.now ?? (() => DateTime.now()),
  };

  const router = Router();
  router.use(jsonBody(BODY_LIMIT));

  router.get('/health', (_req, res) => {
    const health: ZooportHealth = { status: 'ok', version };
    res.json(health);
  });

  deskRoutes(router, deps);
  peopleRoutes(router, deps);
  calendarRoutes(router, deps);
  overrideRoutes(router, deps);
  requestTypeRoutes(router, deps);
  webhookRoutes(router, deps);
  requestRoutes(router, deps);
  reportRoutes(router, deps);
  digestRoutes(router, deps);
  knowledgeRoutes(router, deps);
  scenarioRoutes(router, deps);
  workshopRoutes(router, deps);
  surveyRoutes(router, deps);
  stageRoutes(router, deps);

  // Last: a path no route matched answers 404 in the same error shape as
  // every other error, instead of express's empty default.
  router.use((req, _res) => {
    throw new NotFoundError(`No route for ${req.method} ${req.path}`);
  });

  return router;
}
