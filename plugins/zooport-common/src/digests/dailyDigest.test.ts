import { SlaClock, SlaState } from '../requests/types';
import {
  berlin,
  desk,
  now,
  teamRef,
  zone,
} from './__testUtils__/mondayAfterClockChange';
import { dailyDigest, DigestSourceRequest } from './dailyDigest';
import { latestDailyDigest, previousDailyDigestDue } from './due';

const clock = (state: SlaState): SlaClock => ({
  targetMinutes: 60,
  clock: 'business',
  deadline: null,
  elapsedMinutes: 0,
  state,
  paused: false,
});

function request(
  id: string,
  createdAt: string,
  fields: Partial<DigestSourceRequest> & {
    firstResponse?: SlaState;
    resolution?: SlaState;
  } = {},
): DigestSourceRequest {
  const { firstResponse = 'on_track', resolution = 'on_track' } = fields;
  return {
    id,
    title: `Request ${id}`,
    priority: 'medium',
    status: 'new',
    assigneeRef: null,
    createdAt: berlin(createdAt).toUTC().toISO()!,
    ...fields,
    sla: { firstResponse: clock(firstResponse), resolution: clock(resolution) },
  };
}

/**
 * - A Thu 26 Mar 10:00, open, on track;
 * - B Fri 27 Mar 08:29, a minute before Friday's digest, waiting for its
 *   requester, its first response at risk;
 * - C Fri 27 Mar 08:30, as Friday's digest went out, in progress, its
 *   first response at risk and its resolution breached;
 * - D Mon 30 Mar 09:00, already resolved.
 */
const requests = [
  request('D', '2026-03-30T09:00', { status: 'resolved' }),
  request('C', '2026-03-27T08:30', {
    status: 'in_progress',
    firstResponse: 'at_risk',
    resolution: 'breached',
  }),
  request('A', '2026-03-26T10:00'),
  request('B', '2026-03-27T08:29', {
    status: 'waiting_for_requester',
    firstResponse: 'at_risk',
  }),
];

function digestOf(list: DigestSourceRequest[]) {
  const period = latestDailyDigest(desk, now)!;
  return dailyDigest({
    desk,
    period,
    since: previousDailyDigestDue(desk, period),
    requests: list,
    recipients: ['user:default/bob'],
  });
}

const ids = (list: { requests: { id: string }[] }) =>
  list.requests.map(r => r.id);

describe('dailyDigest', () => {
  const digest = digestOf(requests);

  it('is of Monday, due at 08:30 summer time, new since Friday 08:30 winter time', () => {
    expect(digest).toMatchObject({
      teamRef,
      timeZone: zone,
      date: '2026-03-30',
      dueAt: '2026-03-30T08:30:00.000+02:00',
      since: '2026-03-27T08:30:00.000+01:00',
      enabled: true,
      recipients: ['user:default/bob'],
      link: '/catalog/default/group/platform/zooport',
    });
  });

  it('counts as new what was filed at or after the previous digest, newest first', () => {
    expect(digest.newSince.total).toBe(2);
    expect(ids(digest.newSince)).toEqual(['D', 'C']);
  });

  it('lists the open requests oldest first, without the resolved one', () => {
    expect(digest.open.total).toBe(3);
    expect(ids(digest.open)).toEqual(['A', 'B', 'C']);
  });

  it('counts a request with a breached clock as breached, not at risk', () => {
    expect([digest.atRisk.total, ids(digest.atRisk)]).toEqual([1, ['B']]);
    expect([digest.breached.total, ids(digest.breached)]).toEqual([1, ['C']]);
  });

  it('leaves requests waiting for their requester out of the oldest waiting', () => {
    expect(digest.oldestWaiting.total).toBe(2);
    expect(ids(digest.oldestWaiting)).toEqual(['A', 'C']);
  });

  it('links each listed request and keeps what the API says of it', () => {
    expect(digest.breached.requests).toEqual([
      {
        id: 'C',
        title: 'Request C',
        priority: 'medium',
        status: 'in_progress',
        assigneeRef: null,
        createdAt: '2026-03-27T07:30:00.000Z',
        link: '/zooport/requests/C',
      },
    ]);
  });

  it('names ten requests a list and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      request(`R${i}`, `2026-03-20T${String(9 + i).padStart(2, '0')}:00`),
    );
    const { open } = digestOf(many);
    expect(open.total).toBe(12);
    expect(ids(open)).toEqual(many.slice(0, 10).map(r => r.id));
  });

  it('says so when the desk switched its daily digest off', () => {
    const off = { ...desk, digests: { daily: { enabled: false } } };
    const period = latestDailyDigest(off, now)!;
    expect(
      dailyDigest({
        desk: off,
        period,
        since: previousDailyDigestDue(off, period),
        requests: [],
        recipients: [],
      }).enabled,
    ).toBe(false);
  });
});
