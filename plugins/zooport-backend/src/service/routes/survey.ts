import {
  SurveySettings,
  SurveyStatus,
  SurveyTrend,
  zooportDeskReadPermission,
  zooportReadinessUpdatePermission,
  zooportSurveyAnswerPermission,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { SurveyService } from '../SurveyService';
import { parseInput } from '../validation/fields';
import {
  surveyAnswerSchema,
  surveySettingsSchema,
  surveyTrendQuerySchema,
} from '../validation/survey';
import { RouteDeps } from './util/deps';
import { teamRefFrom } from './util/params';

export interface SurveyRoutesDeps extends RouteDeps {
  surveys: SurveyService;
}

/**
 * A desk's monthly confidence survey: whether the caller answered, the
 * answer, the monthly figures (read by anyone who may read desks, shown
 * only from three answers) and when it goes out.
 */
export function surveyRoutes(router: express.Router, deps: SurveyRoutesDeps) {
  const { access, surveys, now } = deps;

  router.get('/desks/:namespace/:name/survey', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const userRef = await access.user(req);
    const mayAnswer = await access.mayOnDesk(
      req,
      zooportSurveyAnswerPermission,
      { teamRef },
    );
    res.json(
      (await surveys.status(
        teamRef,
        userRef,
        mayAnswer,
        now(),
      )) satisfies SurveyStatus,
    );
  });

  router.post('/desks/:namespace/:name/survey/answers', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const input = parseInput(surveyAnswerSchema, req.body);
    await access.requireOnDesk(req, zooportSurveyAnswerPermission, { teamRef });
    await surveys.answer(teamRef, await access.user(req), input, now());
    res.status(204).end();
  });

  router.get('/desks/:namespace/:name/survey/trend', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const { months } = parseInput(surveyTrendQuerySchema, req.query);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json(
      (await surveys.trend(teamRef, months, now())) satisfies SurveyTrend,
    );
  });

  router.get('/desks/:namespace/:name/survey/settings', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json((await surveys.settings(teamRef)) satisfies SurveySettings);
  });

  router.put('/desks/:namespace/:name/survey/settings', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const settings = parseInput(surveySettingsSchema, req.body);
    await access.requireOnDesk(req, zooportReadinessUpdatePermission, {
      teamRef,
    });
    res.json(
      (await surveys.setSettings(
        teamRef,
        settings,
        await access.user(req),
        now(),
      )) satisfies SurveySettings,
    );
  });
}
