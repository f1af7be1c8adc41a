import { NotFoundError } from '@backstage/errors';
import {
  CalendarSubscription,
  zooportDeskReadPermission,
  zooportDeskUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express from 'express';
import { CalendarFeedStore } from '../../database/CalendarFeedStore';
import { DeskService } from '../DeskService';
import { RouteDeps } from './util/deps';
import { teamRefFrom } from './util/params';

export interface CalendarRoutesDeps extends RouteDeps {
  desks: DeskService;
  feeds: CalendarFeedStore;
  /** Where browsers and calendar apps reach this plugin, e.g. http://localhost:7007/api/zooport. */
  externalBaseUrl: () => Promise<string>;
}

/** A desk's calendar feed and the secret address calendar apps subscribe to. */
export function calendarRoutes(
  router: express.Router,
  deps: CalendarRoutesDeps,
) {
  const { access, desks, feeds, now } = deps;

  router.get('/desks/:namespace/:name/calendar.ics', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await access.require(req, zooportDeskReadPermission, 'support desks');
    const feed = await desks.calendar(teamRef, now());
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.send(feed);
  });

  async function subscriptionOf(
    teamRef: string,
    feedKey: string,
  ): Promise<CalendarSubscription> {
    const url = `${await deps.externalBaseUrl()}/calendar/${feedKey}.ics`;
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
}
