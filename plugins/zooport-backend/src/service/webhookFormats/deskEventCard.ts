import {
  DailyDigest,
  Desk,
  deskTimeZone,
  PlanningReminder,
  WeeklyReport,
} from '@zooport/plugin-zooport-common';
import {
  dailyNotice,
  digestWebhookPayload,
  planningNotice,
  weeklyNotice,
} from '../DigestNotifier';
import { deskLocalTime } from '../deskLocalTime';
import { animalOf, noticeText, webhookPayload } from '../RequestNotifier';

/** What a card needs to know of the desk beyond the event itself. */
export interface DeskEventContext {
  desk: Pick<Desk, 'teamRef' | 'animal' | 'hours' | 'rotation'>;
  /** The team as people know it: the group's display name. */
  teamName: string;
  /** The portal's address (`app.baseUrl`), for links; empty when unknown. */
  portalBaseUrl: string;
}

/**
 * A desk event as chat apps show it, all plain text, one line each: the
 * Teams and Slack formats escape it for their markup.
 */
export interface DeskEventCard {
  /** What happened, e.g. "🐢 turtle: new urgent request". */
  headline: string;
  /** The request's title, or the digest's summary. */
  text?: string;
  facts: { label: string; value: string }[];
  /** Where the event is shown in the portal, as an absolute URL. */
  link?: string;
}

type RequestEvent = ReturnType<typeof webhookPayload>;
type DigestEvent = ReturnType<typeof digestWebhookPayload>;

/** What each request event says happened. */
const requestHeadlines = new Map<
  string,
  (request: RequestEvent['request']) => string
>([
  ['request.created', request => `new ${request.priority} request`],
  [
    'request.breached',
    request => `${request.priority} request missed its SLA target`,
  ],
]);

/** The card's notice for each digest event. */
const digestNotices = {
  'digest.daily': (digest, desk) => dailyNotice(digest as DailyDigest, desk),
  'digest.weekly': (digest, desk) => weeklyNotice(digest as WeeklyReport, desk),
  'digest.planning': (digest, desk) =>
    planningNotice(digest as PlanningReminder, desk),
} satisfies Record<
  string,
  (
    digest: DigestEvent['digest'],
    desk: DeskEventContext['desk'],
  ) => ReturnType<typeof dailyNotice>
>;

/** `link` in the portal: paths are taken from the portal's address. */
function portalLink(link: string, portalBaseUrl: string): string | undefined {
  if (/^https?:\/\//.test(link)) {
    return link;
  }
  return portalBaseUrl
    ? `${portalBaseUrl.replace(/\/+$/, '')}${link}`
    : undefined;
}

/** The desk as a card names it, e.g. "🐢 turtle (Platform Software)". */
function deskName(context: DeskEventContext): string {
  return `${animalOf(context.desk)} (${context.teamName})`;
}

function requestCard(
  event: string,
  { request }: RequestEvent,
  context: DeskEventContext,
): DeskEventCard {
  const zone = deskTimeZone(context.desk);
  const due = (instant: string | null) =>
    instant ? deskLocalTime(instant, zone) : 'none';
  const what =
    requestHeadlines.get(event)?.(request) ?? `request event ${event}`;
  return {
    headline: `${animalOf(context.desk)}: ${what}`,
    text: request.title,
    facts: [
      { label: 'Desk', value: deskName(context) },
      { label: 'Priority', value: request.priority },
      { label: 'Type', value: request.type },
      { label: 'First response due', value: due(request.firstResponseDueAt) },
      { label: 'Resolution due', value: due(request.resolutionDueAt) },
    ],
    link: portalLink(request.link, context.portalBaseUrl),
  };
}

function digestCard(
  event: keyof typeof digestNotices,
  { digest }: DigestEvent,
  context: DeskEventContext,
): DeskEventCard {
  const notice = digestNotices[event](digest, context.desk);
  return {
    headline: notice.title,
    text: notice.description,
    facts: [{ label: 'Desk', value: deskName(context) }],
    link: notice.link && portalLink(notice.link, context.portalBaseUrl),
  };
}

/** An event this version does not know: named, with its desk. */
function otherCard(event: string, context: DeskEventContext): DeskEventCard {
  return {
    headline: `${animalOf(context.desk)}: ${event}`,
    facts: [{ label: 'Desk', value: deskName(context) }],
  };
}

const isDigestEvent = (event: string): event is keyof typeof digestNotices =>
  Object.hasOwn(digestNotices, event);

/**
 * The card of a desk event: what happened, the desk, the request's title,
 * priority and SLA deadlines (on the desk's wall clock, its zone named) or
 * the digest's summary, and the link to it in the portal. Every text is
 * one line of plain text.
 */
export function deskEventCard(
  event: string,
  payload: unknown,
  context: DeskEventContext,
): DeskEventCard {
  const body = payload as Partial<RequestEvent & DigestEvent>;
  let card = otherCard(event, context);
  if (body.request) {
    card = requestCard(event, body as RequestEvent, context);
  } else if (body.digest && isDigestEvent(event)) {
    card = digestCard(event, body as DigestEvent, context);
  }
  return {
    ...card,
    headline: noticeText(card.headline),
    text: card.text && noticeText(card.text),
    facts: card.facts.map(({ label, value }) => ({
      label,
      value: noticeText(value),
    })),
  };
}
