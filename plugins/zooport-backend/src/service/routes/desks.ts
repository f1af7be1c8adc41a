import { InputError } from '@backstage/errors';
import {
  Desk,
  DeskDetail,
  DeskSchedule,
  ItemList,
  RotationPreview,
  Zoo,
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express, { Request } from 'express';
import { performance } from 'node:perf_hooks';
import { SlackSyncStore } from '../../slack/SlackSyncStore';
import { JiraIssues } from '../../jira';
import { DeskService } from '../DeskService';
import { StageService } from '../StageService';
import { changesRotation } from '../rotationChange';
import {
  atQuerySchema,
  deskInputSchema,
  rangeQuerySchema,
  rotationPreviewSchema,
} from '../validation/desks';
import { parseInput } from '../validation/fields';
import { RouteDeps } from './util/deps';
import { revisionFrom, setRevisionTag } from './util/etag';
import { sendLargeJson } from './util/largeJson';
import { teamRefFrom } from './util/params';

export interface DeskRoutesDeps extends RouteDeps {
  stages: Pick<StageService, 'warnings'>;
  desks: DeskService;
  /** Only when Slack is configured. */
  slackSyncs?: SlackSyncStore;
  /** Only when Jira is configured. */
  jira?: JiraIssues;
}

const DEFAULT_SCHEDULE_DAYS = 28;

/**
 * The revision an If-Match header demands (undefined when there is none);
 * `*` means whichever revision is stored, as long as the desk is stored.
 */
function expectedRevision(req: Request) {
  return req.header('if-match')?.trim() === '*' ? 'any' : revisionFrom(req);
}

/** Desks, their rotation, who is on duty, the schedule and my shifts. */
export function deskRoutes(router: express.Router, deps: DeskRoutesDeps) {
  const { access, desks, now } = deps;

  router.get('/desks', async (req, res) => {
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json({ items: await desks.listDesks() } satisfies ItemList<Desk>);
  });

  router.get('/desks/:namespace/:name', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const desk = await desks.getDesk(teamRef);
    setRevisionTag(res, desk.revision);
    // The ETag is the revision, for If-Match; the violations change with
    // time, so the answer must not be cached.
    res.setHeader('Cache-Control', 'no-store');
    const slack = await deps.slackSyncs?.deskSlack(desk);
    res.json({
      ...desk,
      upcomingViolations: await desks.upcomingViolations(desk, now()),
      ...(slack && { slack }),
      ...(deps.jira && { jira: deps.jira.deskJira }),
    } satisfies DeskDetail);
  });

  router.put('/desks/:namespace/:name', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const updatedBy = await access.user(req);
    const input = parseInput(deskInputSchema, req.body);
    const previous = await desks.getDesk(teamRef).catch(() => undefined);
    const rotationChanged = changesRotation(previous?.rotation, input.rotation);
    await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
    if (rotationChanged) {
      await access.requireOnDesk(req, zooportRotationUpdatePermission, {
        teamRef,
      });
    }
    const { desk, created } = await desks.putDesk({
      teamRef,
      input,
      expectedRevision: expectedRevision(req),
      updatedBy,
      now: now(),
    });
    setRevisionTag(res, desk.revision);
    res.status(created ? 201 : 200).json({
      ...desk,
      upcomingViolations: await desks.upcomingViolations(desk, now()),
    } satisfies DeskDetail);
  });

  router.post('/desks/:namespace/:name/rotation-preview', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const { rotation, shifts } = parseInput(rotationPreviewSchema, req.body);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const preview = await desks.previewRotation(
      teamRef,
      rotation,
      now(),
      shifts,
    );
    res.json({
      ...preview,
      readinessWarnings: await deps.stages.warnings(
        teamRef,
        rotation,
        preview.shifts,
      ),
    } satisfies RotationPreview);
  });

  router.get('/desks/:namespace/:name/on-duty', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const { at } = parseInput(atQuerySchema, req.query);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const instant = now();
    res.json(await desks.lookUpOnDuty(teamRef, at ?? instant, instant));
  });

  router.get('/on-duty', async (req, res) => {
    const { at } = parseInput(atQuerySchema, req.query);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const instant = at ?? now();
    const began = performance.now();
    const zoo = await desks.zoo(instant);
    res.setHeader(
      'Server-Timing',
      `zoo;dur=${(performance.now() - began).toFixed(1)}`,
    );
    await sendLargeJson(req, res, {
      at: instant.toISO()!,
      desks: zoo,
    } satisfies Zoo);
  });

  router.get('/desks/:namespace/:name/schedule', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const query = parseInput(rangeQuerySchema, req.query);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const from = query.from ?? now();
    const to = query.to ?? from.plus({ days: DEFAULT_SCHEDULE_DAYS });
    if (to <= from) {
      throw new InputError('to: must be after from');
    }
    res.json({
      teamRef,
      from: from.toISO()!,
      to: to.toISO()!,
      shifts: await desks.schedule(teamRef, from, to),
    } satisfies DeskSchedule);
  });

  router.get('/me/shifts', async (req, res) => {
    const userRef = await access.user(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json(await desks.myShifts(userRef, now()));
  });
}
