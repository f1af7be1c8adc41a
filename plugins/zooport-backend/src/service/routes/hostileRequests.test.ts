import { mockCredentials } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import { Knex } from 'knex';
import { DateTime, Settings } from 'luxon';
import request from 'supertest';
import {
  Caller,
  HostileRequest,
  hostileRequests,
} from '../../__testUtils__/hostile/hostileRequests';
import {
  Fixture,
  routeName,
  RouteSpec,
  routeTable,
} from '../../__testUtils__/hostile/routeTable';
import { StoredRows, storedRows } from '../../__testUtils__/hostile/storedRows';
import {
  alice,
  dave,
  erin,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

// A property test over every route: hostile path segments, query strings,
// bodies and If-Match headers, made from each route's own checks and zod
// schemas, as a desk member and as others. On SQLite and PostgreSQL, no
// answer is a 5xx, every 4xx has the error shape, what the route's checks
// refuse answers 4xx, and no request writes a row.
//
// ZOOPORT_FUZZ_RUNS sets the requests per database (spread over the routes
// by how much each takes); ZOOPORT_FUZZ_SEED and ZOOPORT_FUZZ_PATH replay a
// failure fast-check reports.

const DEFAULT_RUNS = 1500;
const runs = Number(process.env.ZOOPORT_FUZZ_RUNS ?? DEFAULT_RUNS);
const replay = {
  seed: process.env.ZOOPORT_FUZZ_SEED
    ? Number(process.env.ZOOPORT_FUZZ_SEED)
    : undefined,
  path: process.env.ZOOPORT_FUZZ_PATH,
};

jest.setTimeout(Math.max(120_000, runs * 1_000));

/** A route's share of the runs: routes with a body or query take more. */
function weightOf(route: RouteSpec) {
  if (route.body) {
    return 4;
  }
  return route.query ? 3 : 1;
}
const totalWeight = routeTable.reduce((sum, r) => sum + weightOf(r), 0);
const runsOf = (route: RouteSpec) =>
  Math.max(1, Math.round((runs * weightOf(route)) / totalWeight));

const pinned = { now: Settings.now };
const now = DateTime.fromISO('2026-01-14T10:00:00+01:00');
const desk = '/desks/default/platform-software';

const callerRefs: Record<Caller, string | undefined> = {
  member: alice,
  outsider: erin,
  anonymous: undefined,
};

function describeAnswer(hostile: HostileRequest, status: number, text: string) {
  return `${hostile.method} ${hostile.url.slice(0, 300)} as ${hostile.as} (${
    hostile.broken
  } broken) answered ${status}: ${text.slice(0, 300)}`;
}

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;
  let api: Awaited<ReturnType<typeof startZooportBackend>>;
  const fixture: Fixture = {
    typeId: '',
    requestId: '',
    entryId: '',
    overrideId: '',
    scenarioId: '',
    workshopId: '',
    turnId: '',
    actionId: '',
  };
  let before: StoredRows;

  async function created(response: Promise<request.Response>) {
    const answer = await response;
    if (answer.status !== 201) {
      throw new Error(`Setup failed: ${answer.status} ${answer.text}`);
    }
    return answer.body;
  }

  beforeAll(async () => {
    Settings.now = () => now.toMillis();
    knex = await databases.init(databaseId);
    api = await startZooportBackend(knex);
    await created(api.put(desk, platformDesk()));
    fixture.overrideId = (
      await created(
        api.post(`${desk}/overrides`, {
          kind: 'add',
          userRef: dave,
          start: '2026-01-20T09:00:00+01:00',
          end: '2026-01-21T09:00:00+01:00',
        }),
      )
    ).id;
    const types = await api.get(`${desk}/request-types`);
    fixture.typeId = types.body.items[0].id;
    fixture.requestId = (
      await created(
        api.post(
          '/requests',
          {
            teamRef: 'group:default/platform-software',
            typeId: fixture.typeId,
            title: 'Where do I find the deploy logs?',
          },
          dave,
        ),
      )
    ).id;
    fixture.entryId = (
      await created(
        api.post(`${desk}/entries`, {
          kind: 'faq',
          title: 'Where are the deploy logs?',
          body: 'In the portal.',
        }),
      )
    ).id;
    fixture.scenarioId = (
      await created(api.post(`${desk}/scenarios`, { title: 'Deploys hang' }))
    ).id;
    fixture.workshopId = (
      await created(
        api.post(`${desk}/workshops`, {
          startsAt: '2026-01-21T14:00:00+01:00',
          durationMinutes: 90,
          facilitatorRef: alice,
          participantRefs: [alice],
        }),
      )
    ).id;
    const workshop = `${desk}/workshops/${fixture.workshopId}`;
    fixture.turnId = (
      await created(api.post(`${workshop}/turns`, { participantRef: alice }))
    ).id;
    fixture.actionId = (
      await created(
        api.post(`${workshop}/actions`, {
          title: 'Alert on the deploy queue',
          ownerRef: alice,
          dueOn: '2026-01-28',
        }),
      )
    ).id;
    // A desk that never had request types gets the default ones when it is
    // first asked for them; the hostile requests name the security desk.
    await api.get('/desks/default/security/request-types');
    await api.put(`${desk}/webhook`, {
      url: 'https://chat.example.com/hooks/platform',
    });
    before = await storedRows(knex);
  });

  afterAll(() => {
    Settings.now = pinned.now;
  });

  async function send(hostile: HostileRequest) {
    const method = hostile.method.toLowerCase() as 'get';
    let call = request(api.server)[method](`/api/zooport${hostile.url}`);
    const userRef = callerRefs[hostile.as];
    if (userRef) {
      call = call.set('Authorization', mockCredentials.user.header(userRef));
    }
    for (const [name, value] of Object.entries(hostile.headers)) {
      call = call.set(name, value);
    }
    return hostile.body === undefined ? call : call.send(hostile.body);
  }

  async function answersWithoutHarm(hostile: HostileRequest) {
    const response = await send(hostile);
    const { status } = response;
    const answer = () => describeAnswer(hostile, status, response.text);
    if (status >= 500) {
      throw new Error(`A server error: ${answer()}`);
    }
    if (status >= 400) {
      const error = response.body?.error;
      if (
        typeof error?.name !== 'string' ||
        typeof error?.message !== 'string'
      ) {
        throw new Error(
          `A 4xx without { error: { name, message } }: ${answer()}`,
        );
      }
    } else if (hostile.refused || hostile.method !== 'GET') {
      throw new Error(`Not refused: ${answer()}`);
    }
    expect(await storedRows(knex)).toEqual(before);
  }

  it.each(routeTable.map(route => [routeName(route), route] as const))(
    '%s',
    async (_name, route) => {
      expect.hasAssertions();
      await fc.assert(
        fc.asyncProperty(hostileRequests(route, fixture), answersWithoutHarm),
        { numRuns: runsOf(route), ...replay },
      );
    },
  );
});
