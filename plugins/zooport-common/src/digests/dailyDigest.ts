import { DateTime } from 'luxon';
import { deskTimeZone } from '../desks/timeZone';
import { Desk } from '../desks/types';
import { isOpen } from '../requests/lifecycle';
import { SupportRequest } from '../requests/types';
import { toWireInstant } from '../time/wallClock';
import { DigestPeriod } from './due';
import { deskPath, requestPath } from './links';
import { digestHeading } from './heading';
import { DailyDigest, DigestRequest, DigestRequests } from './types';

/** How many requests each list of a digest names; the rest are counted. */
export const DIGEST_LIST_LENGTH = 10;

/** What a daily digest reads of a request: the API's shape, with its SLA clocks. @public */
export type DigestSourceRequest = Pick<
  SupportRequest,
  'id' | 'title' | 'priority' | 'status' | 'assigneeRef' | 'createdAt' | 'sla'
>;

function listOf(requests: DigestSourceRequest[]): DigestRequests {
  return {
    total: requests.length,
    requests: requests.slice(0, DIGEST_LIST_LENGTH).map(
      (request): DigestRequest => ({
        id: request.id,
        title: request.title,
        priority: request.priority,
        status: request.status,
        assigneeRef: request.assigneeRef,
        createdAt: request.createdAt,
        link: requestPath(request.id),
      }),
    ),
  };
}

const clocksOf = (request: DigestSourceRequest) => [
  request.sla.firstResponse.state,
  request.sla.resolution.state,
];

const oldestFirst = (a: DigestSourceRequest, b: DigestSourceRequest) =>
  DateTime.fromISO(a.createdAt).toMillis() -
  DateTime.fromISO(b.createdAt).toMillis();

/**
 * A desk's daily digest for `period`, from its open requests and those
 * filed since the previous digest (`since`), with their SLA clocks at the
 * time it is made. A request is at risk when a clock is and none breached.
 *
 * @public
 */
export function dailyDigest(options: {
  desk: Pick<Desk, 'teamRef' | 'hours' | 'rotation' | 'digests'>;
  period: DigestPeriod;
  since: DateTime;
  requests: DigestSourceRequest[];
  recipients: string[];
}): DailyDigest {
  const { desk, period, since } = options;
  const zone = deskTimeZone(desk);
  const requests = [...options.requests].sort(oldestFirst);
  const open = requests.filter(r => isOpen(r.status));
  const breached = open.filter(r => clocksOf(r).includes('breached'));
  return {
    ...digestHeading(desk, period, 'daily', options.recipients),
    since: toWireInstant(since, zone),
    link: deskPath(desk.teamRef),
    newSince: listOf(
      requests.filter(r => DateTime.fromISO(r.createdAt) >= since).reverse(),
    ),
    open: listOf(open),
    atRisk: listOf(
      open.filter(
        r => !breached.includes(r) && clocksOf(r).includes('at_risk'),
      ),
    ),
    breached: listOf(breached),
    oldestWaiting: listOf(
      open.filter(r => r.status !== 'waiting_for_requester'),
    ),
  };
}
