import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  ZooportHealth,
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
  zooportRotationUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { version } from '../../package.json';
import { CalendarFeedStore } from '../database/CalendarFeedStore';
import { Access } from './Access';
import { DeskService } from './DeskService';
import { PreconditionFailedError } from '../errors';
import { jsonBody } from './jsonBody';
import { sendLargeJson } from './largeJson';
import { revisionFrom, setRevisionTag, teamRefFrom } from './params';
import {
  createKnowledgeRouter,
  KnowledgeRouterOptions,
} from './knowledgeRouter';
import { createRequestRouter, RequestRouterOptions } from './requestRouter';
import {
  atQuerySchema,
  deskInputSchema,
  overrideInputSchema,
  rangeQuerySchema,
  rotationPreviewSchema,
} from './validation/desks';
import { parseInput } from './validation/fields';
import { changesRotation } from './rotationChange';

export interface RouterOptions
  extends RequestRouterOptions,
    KnowledgeRouterOptions {
  logger: LoggerService;
  access: Access;
  desks: DeskService;
  feeds: CalendarFeedStore;
  /** Where browsers and calendar apps reach this plugin, e.g. http://localhost:7007/api/zooport. */
  externalBaseUrl: () => Promise<string>;
  /** The clock; tests pin it. */
  now?: () => DateTime;
}

/** A JSON body larger than this is refused with 400 before it is parsed. */
const BODY_LIMIT = '512kb';
const DEFAULT_SCHEDULE_DAYS = 28;

/**
 * The revision an If-Match header demands (undefined when there is none),
 * given the desk's current revision (0 = not stored yet); `*` means the
 * stored desk, whatever its revision.
 */
function expectedRevision(req: Request, currentRevision: number) {
  if (req.header('if-match')?.trim() !== '*') {
    return revisionFrom(req);
  }
  if (currentRevision === 0) {
    throw new PreconditionFailedError('The desk does not exist yet');
  }
  return currentRevision;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { access, desks, feeds } = options;
  const now = options.now ?? (() => DateTime.now());

  const router = Router();
  router.use(jsonBody(BODY_LIMIT));

  router.get('/health', (_req, res) => {
    const health: ZooportHealth = { status: 'ok', version };
    res.json(health);
  });

  router.get('/desks', async (req, res) => {
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json({ items: await desks.listDesks() });
  });

  router.get('/desks/:namespace/:name', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const desk = await desks.getDesk(teamRef);
    setRevisionTag(res, desk.revision);
    // The ETag is the revision, for If-Match; the violations change with
    // time, so the answer must not be cached.
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      ...desk,
      upcomingViolations: await desks.upcomingViolations(desk, now()),
    });
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
    const revision = expectedRevision(req, previous?.revision ?? 0);
    const { desk, created } = await desks.putDesk({
      teamRef,
      input,
      expectedRevision: revision,
      updatedBy,
      now: now(),
    });
    setRevisionTag(res, desk.revision);
    res.status(created ? 201 : 200).json({
      ...desk,
      upcomingViolations: await desks.upcomingViolations(desk, now()),
    });
  });

  router.post('/desks/:namespace/:name/rotation-preview', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const { rotation, shifts } = parseInput(rotationPreviewSchema, req.body);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json(await desks.previewRotation(teamRef, rotation, now(), shifts));
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
    await sendLargeJson(req, res, { at: instant.toISO(), desks: zoo });
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
      from: from.toISO(),
      to: to.toISO(),
      shifts: await desks.schedule(teamRef, from, to),
    });
  });

  router.get('/desks/:namespace/:name/calendar.ics', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const feed = await desks.calendar(teamRef, now());
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.send(feed);
  });

  async function subscriptionOf(teamRef: string, feedKey: string) {
    const url = `${await options.externalBaseUrl()}/calendar/${feedKey}.ics`;
    return { teamRef, url, webcal: url.replace(/^https?:/, 'webcal:') };
  }

  router.get(
    '/desks/:namespace/:name/calendar-subscription',
    async (req, res) => {
      const teamRef = teamRefFrom(req);
      await access.require(req, zooportDeskReadPermission, 'support desks');
      await desks.getDesk(teamRef);
      res.json(
        await subscriptionOf(teamRef, await feeds.feedKey(teamRef, now())),
      );
    },
  );

  router.post(
    '/desks/:namespace/:name/calendar-subscription',
    async (req, res) => {
      const teamRef = teamRefFrom(req);
      await access.user(req);
      await access.requireOnDesk(req, zooportDeskUpdatePermission, { teamRef });
      await desks.getDesk(teamRef);
      const feedKey = await feeds.renewFeedKey(teamRef, now());
      res.status(201).json(await subscriptionOf(teamRef, feedKey));
    },
  );

  // Reached without signing in (calendar apps cannot): the key is the secret.
  router.get('/calendar/:feed', async (req, res) => {
    const feedKey = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(req.params.feed)?.[1];
    const teamRef = feedKey && (await feeds.teamOfFeed(feedKey));
    if (!teamRef) {
      throw new NotFoundError(
        'No such calendar feed; it may have been renewed',
      );
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.send(await desks.calendar(teamRef, now()));
  });

  router.get('/me/shifts', async (req, res) => {
    const userRef = await access.user(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json(await desks.myShifts(userRef, now()));
  });

  router.get('/desks/:namespace/:name/overrides', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    res.json({ items: await desks.listOverrides(teamRef, now()) });
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
    await desks.deleteOverride(teamRef, req.params.id);
    res.status(204).end();
  });

  router.use(await createRequestRouter(options));
  router.use(await createKnowledgeRouter(options));

  return router;
}
