import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { makeValidator } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  RotationSpec,
  ZooportDeskPermission,
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
import { DeskResource } from '../permissions/deskResource';
import { CalendarFeedStore } from '../database/CalendarFeedStore';
import { DeskService } from './DeskService';
import { PreconditionFailedError } from './errors';
import { jsonBody } from './jsonBody';
import {
  atQuerySchema,
  deskInputSchema,
  overrideInputSchema,
  parseInput,
  rangeQuerySchema,
} from './validation';

export interface RouterOptions {
  logger: LoggerService;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  desks: DeskService;
  feeds: CalendarFeedStore;
  /** Where browsers and calendar apps reach this plugin, e.g. http://localhost:7007/api/zooport. */
  externalBaseUrl: () => Promise<string>;
  /** Settles a conditional decision on a desk (see `createConditionAuthorizer`). */
  isDeskAuthorized: (decision: PolicyDecision, desk: DeskResource) => boolean;
  /** The clock; tests pin it. */
  now?: () => DateTime;
}

/** A JSON body larger than this is refused with 400 before it is parsed. */
const BODY_LIMIT = '512kb';
const DEFAULT_SCHEDULE_DAYS = 28;

const entityNames = makeValidator();

function teamRefFrom(req: Request): string {
  const { namespace, name } = req.params;
  if (!entityNames.isValidNamespace(namespace)) {
    throw new InputError(`namespace: ${namespace} is not a valid namespace`);
  }
  if (!entityNames.isValidEntityName(name)) {
    throw new InputError(`name: ${name} is not a valid entity name`);
  }
  return `group:${namespace.toLocaleLowerCase(
    'en-US',
  )}/${name.toLocaleLowerCase('en-US')}`;
}

const etagOf = (revision: number) => `"${revision}"`;

/**
 * The revision an If-Match header demands (undefined when there is none),
 * given the desk's current revision (0 = not stored yet).
 */
function expectedRevision(req: Request, currentRevision: number) {
  const header = req.header('if-match');
  if (header === undefined) {
    return undefined;
  }
  if (header.trim() === '*') {
    if (currentRevision === 0) {
      throw new PreconditionFailedError('The desk does not exist yet');
    }
    return currentRevision;
  }
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  if (!match) {
    throw new InputError(`If-Match: ${header} is not an ETag of this API`);
  }
  return Number(match[1]);
}

/** A rotation as its editor wrote it, without the anchor the backend adds. */
function asWritten(rotation: RotationSpec | null | undefined) {
  if (!rotation) {
    return null;
  }
  const { anchor: _anchor, ...written } = rotation;
  return written;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, userInfo, permissions, desks, feeds } = options;
  const now = options.now ?? (() => DateTime.now());

  async function authorize(req: Request, permission: BasicPermission) {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `You may not ${permission.attributes.action} support desks`,
      );
    }
  }

  /**
   * Conditional decisions on desks are settled here, against the desk's
   * team, rather than by a round trip through the permission backend.
   */
  async function authorizeOnDesk(
    req: Request,
    permission: ZooportDeskPermission,
    teamRef: string,
  ) {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorizeConditional(
      [{ permission }],
      {
        credentials,
      },
    );
    if (!options.isDeskAuthorized(decision, { teamRef })) {
      throw new NotAllowedError(
        `You may not ${permission.attributes.action} the desk of ${teamRef}`,
      );
    }
  }

  async function signedInUser(req: Request): Promise<string> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    return (await userInfo.getUserInfo(credentials)).userEntityRef;
  }

  const router = Router();
  router.use(jsonBody(BODY_LIMIT));

  router.get('/health', (_req, res) => {
    const health: ZooportHealth = { status: 'ok', version };
    res.json(health);
  });

  router.get('/desks', async (req, res) => {
    await authorize(req, zooportDeskReadPermission);
    res.json({ items: await desks.listDesks() });
  });

  router.get('/desks/:namespace/:name', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await authorize(req, zooportDeskReadPermission);
    const desk = await desks.getDesk(teamRef);
    res.setHeader('ETag', etagOf(desk.revision));
    res.json({
      ...desk,
      upcomingViolations: await desks.upcomingViolations(desk, now()),
    });
  });

  router.put('/desks/:namespace/:name', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const updatedBy = await signedInUser(req);
    const input = parseInput(deskInputSchema, req.body);
    const previous = await desks.getDesk(teamRef).catch(() => undefined);
    const rotationChanged =
      JSON.stringify(asWritten(previous?.rotation)) !==
      JSON.stringify(asWritten(input.rotation));
    await authorizeOnDesk(req, zooportDeskUpdatePermission, teamRef);
    if (rotationChanged) {
      await authorizeOnDesk(req, zooportRotationUpdatePermission, teamRef);
    }
    const revision = expectedRevision(req, previous?.revision ?? 0);
    const { desk, created } = await desks.putDesk({
      teamRef,
      input,
      expectedRevision: revision,
      updatedBy,
      now: now(),
    });
    res.setHeader('ETag', etagOf(desk.revision));
    res.status(created ? 201 : 200).json({
      ...desk,
      upcomingViolations: await desks.upcomingViolations(desk, now()),
    });
  });

  router.get('/desks/:namespace/:name/on-duty', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const { at } = parseInput(atQuerySchema, req.query);
    await authorize(req, zooportDeskReadPermission);
    res.json(await desks.onDuty(teamRef, at ?? now()));
  });

  router.get('/on-duty', async (req, res) => {
    const { at } = parseInput(atQuerySchema, req.query);
    await authorize(req, zooportDeskReadPermission);
    const instant = at ?? now();
    const began = performance.now();
    const zoo = await desks.zoo(instant);
    res.setHeader(
      'Server-Timing',
      `zoo;dur=${(performance.now() - began).toFixed(1)}`,
    );
    res.json({ at: instant.toISO(), desks: zoo });
  });

  router.get('/desks/:namespace/:name/schedule', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const query = parseInput(rangeQuerySchema, req.query);
    await authorize(req, zooportDeskReadPermission);
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
    await authorize(req, zooportDeskReadPermission);
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
      await authorize(req, zooportDeskReadPermission);
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
      await signedInUser(req);
      await authorizeOnDesk(req, zooportDeskUpdatePermission, teamRef);
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
    const userRef = await signedInUser(req);
    await authorize(req, zooportDeskReadPermission);
    res.json(await desks.myShifts(userRef, now()));
  });

  router.get('/desks/:namespace/:name/overrides', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await authorize(req, zooportDeskReadPermission);
    res.json({ items: await desks.listOverrides(teamRef, now()) });
  });

  router.post('/desks/:namespace/:name/overrides', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const createdBy = await signedInUser(req);
    const input = parseInput(overrideInputSchema, req.body);
    await authorizeOnDesk(req, zooportRotationUpdatePermission, teamRef);
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
    await signedInUser(req);
    await authorizeOnDesk(req, zooportRotationUpdatePermission, teamRef);
    await desks.deleteOverride(teamRef, req.params.id);
    res.status(204).end();
  });

  return router;
}
