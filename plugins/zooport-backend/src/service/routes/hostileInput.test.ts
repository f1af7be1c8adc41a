import {
  alice,
  bob,
  carol,
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

jest.setTimeout(300_000);

// Whatever a person types answers 400 before the database sees it, on
// SQLite and PostgreSQL alike: control characters, strings longer than
// their columns, instants outside the years 1900–2999.

const desk = '/desks/default/platform-software';
const NUL = '\u0000';
const long = (prefix: string) => `${prefix}${'x'.repeat(300)}`;
const query = (value: string) => encodeURIComponent(value);
const forgedCursor = (position: object) =>
  Buffer.from(JSON.stringify(position)).toString('base64url');

const vacation = {
  kind: 'replace',
  userRef: bob,
  replacementRef: carol,
  start: '2026-01-15T00:00:00+01:00',
  end: '2026-01-17T00:00:00+01:00',
};

type Api = Awaited<ReturnType<typeof startZooportBackend>>;

/** What the hostile call names the fixture: the filed request and its type. */
type Fixture = { requestId: string; typeId: string };

type HostileCall = (api: Api, fixture: Fixture) => Promise<any>;

const putDesk = (changes: Record<string, unknown>) => (api: Api) =>
  api.put(desk, platformDesk(changes));
const rotationWith = (changes: Record<string, unknown>) =>
  putDesk({ rotation: { ...platformDesk().rotation, ...changes } });
const postOverride = (changes: Record<string, unknown>) => (api: Api) =>
  api.post(`${desk}/overrides`, { ...vacation, ...changes });
const fileRequest =
  (changes: Record<string, unknown>) => (api: Api, fixture: Fixture) =>
    api.post(
      '/requests',
      {
        teamRef: 'group:default/platform-software',
        typeId: fixture.typeId,
        title: 'How do I get a preview environment?',
        ...changes,
      },
      dave,
    );
const postEntry = (changes: Record<string, unknown>) => (api: Api) =>
  api.post(`${desk}/entries`, {
    kind: 'faq',
    title: 'Q',
    body: 'A',
    ...changes,
  });
const get = (path: string) => (api: Api) => api.get(path);

const controlCharacters: [string, HostileCall, string][] = [
  [
    'NUL in an animal name',
    putDesk({ animal: { name: `tur${NUL}tle` } }),
    'animal.name',
  ],
  ['NUL in helpsWith', putDesk({ helpsWith: `CI${NUL}` }), 'helpsWith'],
  ['a bell in a topic', putDesk({ topics: ['ci\u0007'] }), 'topics.0'],
  [
    'NUL in a link title',
    putDesk({ links: [{ title: `a${NUL}`, url: 'https://x.example.com' }] }),
    'links.0.title',
  ],
  [
    'NUL in a capability',
    rotationWith({
      participants: [{ userRef: alice, capabilities: [`p${NUL}`] }],
    }),
    'capabilities',
  ],
  [
    'NUL in an override reason',
    postOverride({ reason: `away${NUL}` }),
    'reason',
  ],
  [
    'NUL in an override user',
    postOverride({ userRef: `user:default/b${NUL}ob` }),
    'userRef',
  ],
  ['NUL as an override id', api => api.delete(`${desk}/overrides/%00`), 'id'],
  [
    'NUL in a team name in the path',
    get('/desks/default/platform%00software'),
    'name',
  ],
  ['NUL in a request title', fileRequest({ title: `Help${NUL}` }), 'title'],
  [
    'NUL in a request description',
    fileRequest({ description: `Please${NUL}` }),
    'description',
  ],
  [
    'NUL in a request form field',
    fileRequest({ fields: { branch: `main${NUL}` } }),
    'fields.branch',
  ],
  [
    'NUL in an entity ref',
    fileRequest({ entityRef: `component:default/vau${NUL}lt` }),
    'entityRef',
  ],
  [
    'NUL in a desk ref',
    fileRequest({ teamRef: `group:default/plat${NUL}form` }),
    'teamRef',
  ],
  ['NUL as a request id', get('/requests/%00'), 'id'],
  [
    'NUL in a comment',
    (api, f) =>
      api.post(`/requests/${f.requestId}/comments`, { body: `hi${NUL}` }, dave),
    'body',
  ],
  [
    'NUL in a transition note',
    (api, f) =>
      api.post(`/requests/${f.requestId}/transitions`, {
        action: 'acknowledge',
        note: `ok${NUL}`,
      }),
    'note',
  ],
  [
    'NUL in an escalation reason',
    (api, f) =>
      api.post(
        `/requests/${f.requestId}/escalate`,
        { reason: `now${NUL}` },
        dave,
      ),
    'reason',
  ],
  [
    'NUL in a request type name',
    api => api.post(`${desk}/request-types`, { name: `Q${NUL}`, sla: {} }),
    'name',
  ],
  [
    'NUL in a webhook address',
    api =>
      api.put(`${desk}/webhook`, { url: `https://chat.example.com/${NUL}` }),
    'url',
  ],
  ['NUL in a search text', get(`/requests?text=${query(`vpn${NUL}`)}`), 'text'],
  [
    'NUL in a request filter',
    get(`/requests?assignee=${query(`user:default/${NUL}`)}`),
    'assignee',
  ],
  [
    'NUL in a request cursor',
    get(`/requests?cursor=${forgedCursor({ createdAt: NUL, id: NUL })}`),
    'cursor',
  ],
  [
    'NUL in an entry cursor',
    get(`/entries?cursor=${forgedCursor({ title: NUL, id: 'x' })}`),
    'cursor',
  ],
  [
    'NUL in the end of a schedule',
    get(
      `${desk}/schedule?from=${query('2026-01-12T00:00:00Z')}&to=${query(
        `2026-01-13T00:00:00Z${NUL}`,
      )}`,
    ),
    'to',
  ],
  ['NUL in a tag filter', get(`/entries?tag=${query(NUL)}`), 'tag'],
  [
    'NUL in an entry search',
    get(`/entries/search?q=${query(`kafka${NUL}`)}`),
    'q',
  ],
  ['NUL in a suggestion question', get(`/suggest?q=${query(NUL)}`), 'q'],
  ['NUL in an entry title', postEntry({ title: `Q${NUL}` }), 'title'],
  ['NUL in an entry answer', postEntry({ body: `A${NUL}` }), 'body'],
  ['NUL in an entry tag', postEntry({ tags: [`t${NUL}`] }), 'tags.0'],
  ['NUL as an entry id', get('/entries/%00'), 'id'],
  [
    'NUL as a revision',
    api =>
      api.post(
        '/entries/00000000-0000-4000-8000-000000000000/versions/%00/restore',
        {},
      ),
    'revision',
  ],
];

const lengths: [string, HostileCall, string][] = [
  [
    'a 300-character entity ref',
    fileRequest({ entityRef: long('component:default/') }),
    'entityRef',
  ],
  [
    'a 300-character desk ref',
    fileRequest({ teamRef: long('group:default/') }),
    'teamRef',
  ],
  [
    'a user ref that outgrows 255 once completed',
    postOverride({ userRef: 'x'.repeat(250) }),
    'userRef',
  ],
  [
    'a 300-character replacement',
    postOverride({ replacementRef: long('user:default/') }),
    'replacementRef',
  ],
  [
    'a 300-character fallback',
    rotationWith({ fallback: long('user:default/') }),
    'rotation.fallback',
  ],
  [
    'a 300-character observer',
    rotationWith({ observers: [long('user:default/')] }),
    'rotation.observers.0',
  ],
  [
    'a 300-character approver',
    api =>
      api.post(`${desk}/request-types`, {
        name: 'Q',
        approvers: [long('user:default/')],
        sla: {},
      }),
    'approvers.0',
  ],
  ['a 201-character title', fileRequest({ title: 't'.repeat(201) }), 'title'],
  [
    'a 300-character assignee filter',
    get(`/requests?assignee=${long('user:default/')}`),
    'assignee',
  ],
  [
    'a 300-character desk filter',
    get(`/entries?desk=${long('group:default/')}`),
    'desk',
  ],
  [
    'a 300-character suggestion ref',
    get(`/suggest?entityRef=${long('component:default/')}`),
    'entityRef',
  ],
  [
    'a 300-character entry ref',
    postEntry({ entityRefs: [long('component:default/')] }),
    'entityRefs.0',
  ],
  [
    'a 301-character entry title',
    postEntry({ title: 't'.repeat(301) }),
    'title',
  ],
  [
    'a 501-character override reason',
    postOverride({ reason: 'r'.repeat(501) }),
    'reason',
  ],
  [
    'a 65-character end of a schedule',
    get(
      `${desk}/schedule?from=${query('2026-01-12T00:00:00Z')}&to=${query(
        '2026-01-13T00:00:00Z'.padEnd(65, '0'),
      )}`,
    ),
    'to',
  ],
  [
    'a 65-character instant',
    get(`${desk}/on-duty?at=${'2026-01-01T00:00:00'.padEnd(65, '0')}Z`),
    'at',
  ],
];

const farInstants: [string, HostileCall, string][] = [
  [
    'on duty at the last instant luxon knows',
    get(`${desk}/on-duty?at=${query('+275760-09-13T00:00:00Z')}`),
    'at',
  ],
  [
    'on duty at the first instant luxon knows',
    get(`${desk}/on-duty?at=${query('-271821-04-20T00:00:00Z')}`),
    'at',
  ],
  [
    'on duty in 1899',
    get(`${desk}/on-duty?at=${query('1899-12-31T23:59:59Z')}`),
    'at',
  ],
  [
    'on duty in 3000',
    get(`${desk}/on-duty?at=${query('3000-01-01T00:00:00Z')}`),
    'at',
  ],
  [
    'the zoo view in year 275760',
    get(`/on-duty?at=${query('+275760-09-13T00:00:00Z')}`),
    'at',
  ],
  [
    'a schedule from year 275760',
    get(`${desk}/schedule?from=${query('+275760-09-12T00:00:00Z')}`),
    'from',
  ],
  [
    'a schedule to 3000',
    get(
      `${desk}/schedule?from=${query('2999-12-31T00:00:00Z')}&to=${query(
        '3000-01-01T01:00:00Z',
      )}`,
    ),
    'to',
  ],
  [
    'an override in year 10000',
    postOverride({
      start: '+010000-01-01T00:00:00Z',
      end: '+010000-01-02T00:00:00Z',
    }),
    'start',
  ],
  [
    'an override ending in 3000',
    postOverride({
      start: '2999-12-31T00:00:00Z',
      end: '3000-01-01T00:00:00Z',
    }),
    'end',
  ],
  [
    'an override starting in 1899',
    postOverride({
      start: '1899-12-31T23:00:00Z',
      end: '2026-01-01T00:00:00Z',
    }),
    'start',
  ],
  [
    'a rotation starting in 1899',
    rotationWith({ start: '1899-12-27' }),
    'rotation.start',
  ],
  [
    'a rotation starting in 3000',
    rotationWith({
      start: '3000-01-01',
      shiftLength: { unit: 'day', count: 1 },
    }),
    'rotation.start',
  ],
  [
    'a holiday in 3000',
    putDesk({ hours: { ...platformDesk().hours, holidays: ['3000-01-01'] } }),
    'hours.holidays.0',
  ],
  [
    'a preview of a rotation from year 1',
    api =>
      api.post(`${desk}/rotation-preview`, {
        rotation: { ...platformDesk().rotation, start: '0001-01-03' },
      }),
    'rotation.start',
  ],
];

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Api;
  const fixture: Fixture = { requestId: '', typeId: '' };

  beforeAll(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
    const created = await api.put(desk, platformDesk());
    if (created.status !== 201) {
      throw new Error(`Could not create the desk: ${created.text}`);
    }
    const types = await api.get(`${desk}/request-types`, dave);
    fixture.typeId = types.body.items.find(
      (t: { name: string }) => t.name === 'Question',
    ).id;
    const filed = await fileRequest({})(api, fixture);
    fixture.requestId = filed.body.id;
  });

  /** Everything the hostile calls could write, as read back. */
  async function stored() {
    const request = await api.get(`/requests/${fixture.requestId}`);
    return {
      desk: (await api.get(desk)).body.revision,
      overrides: (await api.get(`${desk}/overrides`)).body,
      requests: (await api.get('/requests?limit=100')).body.items.map(
        (r: { id: string; revision: number }) => [r.id, r.revision],
      ),
      events: request.body.events.length,
      types: (await api.get(`${desk}/request-types`)).body.items.length,
      entries: (await api.get('/entries')).body.items.length,
      webhook: (await api.get(`${desk}/webhook`)).body.url,
    };
  }

  describe.each([
    ['control characters', controlCharacters],
    ['strings longer than their columns', lengths],
    ['instants outside the years 1900–2999', farInstants],
  ])('refuses %s with 400 and writes nothing', (_class, cases) => {
    it.each(cases)('%s', async (_case, call, field) => {
      const before = await stored();
      const response = await call(api, fixture);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        error: { name: 'InputError', message: expect.stringContaining(field) },
      });
      expect(await stored()).toEqual(before);
    });
  });

  describe('takes the edges of the supported range', () => {
    it.each([
      ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
      ['2999-12-31T23:59:59.999Z', '2999-12-31T23:59:59.999Z'],
    ])('on duty at %s', async (at, answered) => {
      const response = await api.get(`${desk}/on-duty?at=${query(at)}`);
      expect(response.status).toBe(200);
      expect(response.body.at).toBe(answered);
    });

    it('lists, applies and checks overlaps of an override in 2999', async () => {
      const late = {
        ...vacation,
        start: '2999-06-01T00:00:00Z',
        end: '2999-06-03T00:00:00Z',
      };
      const created = await api.post(`${desk}/overrides`, late);
      expect(created.status).toBe(201);
      try {
        expect(
          (await api.get(`${desk}/overrides`)).body.items.map(
            (o: { id: string }) => o.id,
          ),
        ).toContain(created.body.id);
        expect((await api.post(`${desk}/overrides`, late)).status).toBe(409);
      } finally {
        await api.delete(`${desk}/overrides/${created.body.id}`);
      }
    });
  });
});
