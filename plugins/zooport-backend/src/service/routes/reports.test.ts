import { StoredRequest } from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import {
  admin,
  bob,
  carol,
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';
import { toRow } from '../../database/RequestStore';

jest.setTimeout(120_000);

// The fixtures lie in March 2026; the reports are asked in June.
beforeAll(() => pinNow('2026-06-15T12:00:00Z'));
afterAll(unpinNow);

const desk = '/desks/default/platform-software';
const teamRef = 'group:default/platform-software';
const target = { firstResponseMinutes: 60, resolutionMinutes: 480 };

/** A stored request of the platform desk, with `changes`. */
function stored(changes: Partial<StoredRequest>): StoredRequest {
  return {
    id: randomUUID(),
    teamRef,
    typeId: randomUUID(),
    typeName: 'Question',
    title: 'A question',
    description: 'Secret description',
    impact: 'medium',
    urgency: 'medium',
    priority: 'medium',
    fields: {},
    entityRef: null,
    requesterRef: dave,
    assigneeRef: null,
    status: 'resolved',
    approval: null,
    resolution: null,
    escalations: 0,
    linkedRequestIds: [],
    createdAt: '2026-03-27T08:00:00.000Z',
    updatedAt: '2026-03-27T08:00:00.000Z',
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    idempotencyKey: null,
    slaTarget: { ...target, clock: 'business' },
    resolutionPauses: [],
    firstResponse: { warnAt: null, dueAt: null },
    resolutionMilestones: { warnAt: null, dueAt: null },
    firstResponseMinutes: null,
    revision: 1,
    ...changes,
  };
}

// The weekend Berlin's clocks go forward (Sunday 29 March 2026, 02:00 CET
// becomes 03:00 CEST), long past whenever the tests run. Instants in UTC.
const answeredFriday = stored({
  title: 'How do I reset my vpn token',
  assigneeRef: bob,
  createdAt: '2026-03-27T08:00:00.000Z',
  firstRespondedAt: '2026-03-27T08:30:00.000Z',
  firstResponseMinutes: 30,
  firstResponse: { warnAt: null, dueAt: '2026-03-27T09:00:00.000Z' },
  resolvedAt: '2026-03-27T10:00:00.000Z',
  resolutionMilestones: { warnAt: null, dueAt: '2026-03-27T16:00:00.000Z' },
  resolution: { category: 'answered', minutesSpent: 20, note: 'Secret note' },
});
/** Filed Sun 23:30 CEST, in the last hour of the 23-hour day, unanswered. */
const forgottenSunday = stored({
  title: '=HYPERLINK("http://evil.example.com","Deploy, fails")',
  status: 'new',
  createdAt: '2026-03-29T21:30:00.000Z',
  firstResponse: { warnAt: null, dueAt: '2026-03-30T08:00:00.000Z' },
  resolutionMilestones: { warnAt: null, dueAt: '2026-03-30T15:00:00.000Z' },
});
/** Sat 23:30 CET, resolved Sun 03:30 CEST with a documentation link. */
const nightOfTheChange = stored({
  title: 'Deploy pipeline stuck',
  assigneeRef: carol,
  createdAt: '2026-03-28T22:30:00.000Z',
  firstRespondedAt: '2026-03-29T00:30:00.000Z',
  firstResponseMinutes: 120,
  firstResponse: { warnAt: null, dueAt: '2026-03-28T23:30:00.000Z' },
  resolvedAt: '2026-03-29T01:30:00.000Z',
  resolutionMilestones: { warnAt: null, dueAt: '2026-03-29T02:30:00.000Z' },
  resolution: { category: 'documentation_link', minutesSpent: 45 },
});
/** Another desk's: never in the platform desk's report. */
const elsewhere = stored({
  teamRef: 'group:default/security',
  createdAt: '2026-03-28T10:00:00.000Z',
});

/** Stores the requests, each with the first request type of its desk. */
async function seed(knex: Knex, typeOf: (teamRef: string) => Promise<string>) {
  const requests = [
    answeredFriday,
    forgottenSunday,
    nightOfTheChange,
    elsewhere,
  ];
  for (const request of requests) {
    await knex('requests').insert(
      toRow({ ...request, typeId: await typeOf(request.teamRef) }),
    );
  }
  await knex('request_events').insert({
    request_id: answeredFriday.id,
    kind: 'comment',
    actor_ref: bob,
    at: '2026-03-27T08:30:00.000Z',
    body: 'Internal remark about the requester',
    internal: true,
    details: '{}',
  });
}

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;
  let knex: Knex;

  beforeEach(async () => {
    knex = await databases.init(databaseId);
    api = await startZooportBackend(knex);
    const created = await api.put(desk, platformDesk());
    if (created.status !== 201) {
      throw new Error(`Could not create the desk: ${created.text}`);
    }
    await seed(knex, async ref => {
      const path = `/desks/default/${ref.split('/')[1]}/request-types`;
      return (await api.get(path)).body.items[0].id;
    });
  });

  const range = 'from=2026-03-27&to=2026-03-30';

  it("gives a desk's report per day of its wall clock", async () => {
    const response = await api.get(`${desk}/report?${range}&bucket=day`, dave);
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report.timeZone).toBe('Europe/Berlin');
    // Fri: the vpn question, filed and resolved. Sat: the deploy filed at
    // 23:30 CET, open at midnight. Sun: it is resolved; the forgotten one
    // filed at 23:30 CEST. Mon: the forgotten one still open.
    expect(
      report.buckets.map((b: any) => [b.label, b.filed, b.resolved, b.open]),
    ).toEqual([
      ['2026-03-27', 1, 1, 0],
      ['2026-03-28', 1, 0, 1],
      ['2026-03-29', 1, 1, 1],
      ['2026-03-30', 0, 0, 1],
    ]);
    // In time: the vpn question (30 min). Late: the deploy (120 min) and
    // the forgotten one, its deadline passing on Monday.
    expect(report.totals.firstResponse).toEqual({
      counted: 3,
      met: 1,
      metShare: 1 / 3,
      medianMinutes: 75,
      p90Minutes: 120,
    });
    expect(report.breaches.map((b: any) => [b.title, b.clock])).toEqual([
      [nightOfTheChange.title, 'first_response'],
      [forgottenSunday.title, 'first_response'],
      [forgottenSunday.title, 'resolution'],
    ]);
    expect(report.totals.deflection).toEqual({
      resolved: 2,
      deflected: 1,
      share: 0.5,
    });
    expect(report.people.map((p: any) => [p.userRef, p.minutesSpent])).toEqual(
      expect.arrayContaining([
        [bob, 20],
        [carol, 45],
      ]),
    );
    expect(response.text).not.toMatch(/Secret|Internal remark/);
  });

  it('gives one row per desk to whoever may read the requests', async () => {
    const response = await api.get(`/report?${range}&bucket=month`, dave);
    expect(response.status).toBe(200);
    const platform = response.body.desks.find(
      (row: any) => row.teamRef === teamRef,
    );
    expect(platform.buckets).toMatchObject([
      { label: '2026-03', filed: 3, resolved: 2 },
    ]);
    expect(platform.totals).toMatchObject({
      filed: 3,
      resolved: 2,
      breaches: 3,
    });
    const totalsOnly = await api.get(
      `/report?${range}&bucket=month&detail=totals`,
      dave,
    );
    expect(totalsOnly.status).toBe(200);
    expect(
      totalsOnly.body.desks.find((row: any) => row.teamRef === teamRef),
    ).toEqual({ ...platform, buckets: [] });
    expect((await api.get(`/report?${range}&detail=weekly`, dave)).status).toBe(
      400,
    );
    // Whoever may read the request list may read the report, and no one else.
    expect((await api.anonymous(`/report?${range}`)).status).toBe(
      (await api.anonymous('/requests')).status,
    );
  });

  it('narrows the org report and its CSV to the desks it names', async () => {
    const security = 'group:default/security';
    const securityDesk = platformDesk({
      animal: { name: 'German shepherd' },
      rotation: null,
    });
    expect(
      (await api.put('/desks/default/security', securityDesk, admin)).status,
    ).toBe(201);
    const teamsOf = async (query: string) =>
      (await api.get(`/report?${range}${query}`, dave)).body.desks.map(
        (row: { teamRef: string }) => row.teamRef,
      );
    expect((await teamsOf('')).sort()).toEqual([teamRef, security].sort());
    expect(await teamsOf(`&desk=${security}`)).toEqual([security]);
    expect((await teamsOf(`&desk=${security}&desk=${teamRef}`)).sort()).toEqual(
      [teamRef, security].sort(),
    );
    // A team without a desk has no row.
    expect(await teamsOf('&desk=group:default/nobody')).toEqual([]);

    const csv = await api.get(`/report.csv?${range}&desk=${security}`, dave);
    expect(csv.text.split('\r\n').slice(1, -1)).toEqual([
      expect.stringMatching(new RegExp(`^${elsewhere.id},${security},`)),
    ]);

    const refused = await api.get(`/report?${range}&desk=user:`, dave);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('desk');
    // A desk's own report names no desks.
    expect(
      (await api.get(`${desk}/report?${range}&desk=${security}`, dave)).status,
    ).toBe(400);
  });

  it('exports the requests behind a report as CSV, formulas defused', async () => {
    const byRoute = await api.get(`${desk}/report.csv?${range}`, dave);
    const byAccept = await api
      .get(`${desk}/report?${range}`, dave)
      .set('Accept', 'text/csv');
    for (const response of [byRoute, byAccept]) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
    }
    expect(byAccept.text).toBe(byRoute.text);
    const lines = byRoute.text.split('\r\n');
    expect(lines[0]).toBe(
      'id,desk,title,type,priority,status,assignee,filed_at,first_responded_at,' +
        'first_response_due_at,resolved_at,closed_at,resolution_due_at,' +
        'resolution,minutes_spent',
    );
    expect(lines).toHaveLength(5); // header, three requests, the last CRLF
    expect(byRoute.text).toContain(
      `${forgottenSunday.id},${teamRef},"'=HYPERLINK(""http://evil.example.com"",""Deploy, fails"")",Question,medium,new,,2026-03-29T21:30:00.000Z`,
    );
    expect(byRoute.text).not.toMatch(/Secret|Internal remark/);
    const org = await api.get(`/report.csv?${range}`, dave);
    expect(org.text.split('\r\n')).toHaveLength(6);
  });

  it('reads the requests filed before the range that were open at its start, once each', async () => {
    const { type_id: typeId } = await knex('requests')
      .where({ id: answeredFriday.id })
      .first('type_id');
    // Filed before the range: whole weeks by default, from Monday 23 March
    // (2026-03-22T23:00Z).
    const filed = '2026-03-10T08:00:00.000Z';
    const early = {
      stillOpen: stored({ status: 'in_progress', createdAt: filed }),
      resolvedSince: stored({
        createdAt: filed,
        resolvedAt: '2026-03-28T09:00:00.000Z',
      }),
      closedSince: stored({
        status: 'closed',
        createdAt: filed,
        closedAt: '2026-03-28T09:00:00.000Z',
      }),
      resolvedThenClosedSince: stored({
        status: 'closed',
        createdAt: filed,
        resolvedAt: '2026-03-28T09:00:00.000Z',
        closedAt: '2026-03-29T09:00:00.000Z',
      }),
      finishedBefore: stored({
        status: 'closed',
        createdAt: filed,
        resolvedAt: '2026-03-16T09:00:00.000Z',
        closedAt: '2026-03-17T09:00:00.000Z',
      }),
    };
    for (const request of Object.values(early)) {
      await knex('requests').insert(toRow({ ...request, typeId }));
    }
    const csv = (await api.get(`${desk}/report.csv?${range}`, dave)).text;
    const ids = csv
      .split('\r\n')
      .slice(1, -1)
      .map(line => line.split(',')[0]);
    expect(ids.sort()).toEqual(
      [
        answeredFriday,
        forgottenSunday,
        nightOfTheChange,
        early.stillOpen,
        early.resolvedSince,
        early.closedSince,
        early.resolvedThenClosedSince,
      ]
        .map(request => request.id)
        .sort(),
    );
  });

  it.each([
    ['from=2026-03-31&to=2026-03-30', 'to: must not be before from'],
    ['from=2026-03-3&to=2026-03-30', 'from: must be a date, YYYY-MM-DD'],
    ['from=2026-01-01&to=2027-01-02', 'to: must be at most 366 days'],
    [`${range}&bucket=year`, 'bucket: '],
    [`${range}&days=3`, 'Unrecognized key'],
    ['to=2026-03-30', 'from: Invalid input'],
  ])('refuses %s with 400', async (query, message) => {
    for (const path of [`${desk}/report`, '/report', '/report.csv']) {
      const response = await api.get(`${path}?${query}`, dave);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(message);
    }
  });

  it('answers 404 for a team without a desk', async () => {
    const response = await api.get(`/desks/default/nobody/report?${range}`);
    expect(response.status).toBe(404);
  });
});
