import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';
import {
  alice,
  bob,
  carol,
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
const teamRef = 'group:default/platform-software';
const bobsStage = `${desk}/readiness/people/default/bob`;

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    // Saturday 12 December 2026, 10:00 in Berlin.
    pinNow('2026-12-12T10:00:00+01:00');
    api = await startZooportBackend(await databases.init(databaseId));
    await api.put(desk, platformDesk());
  });
  afterEach(unpinNow);

  it('counts everyone never staged as ready', async () => {
    const response = await api.get(`${desk}/readiness`, alice);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      teamRef,
      people: [alice, bob, carol].map(userRef => ({
        userRef,
        stage: 'ready',
        staged: false,
        since: null,
        changedBy: null,
      })),
      warnings: [],
      playbooks: [],
    });
  });

  it('moves a person through the stages and keeps who did it and when', async () => {
    const first = await api.put(bobsStage, { stage: 'observer' }, carol);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      userRef: bob,
      stage: 'observer',
      staged: true,
      since: '2026-12-12T09:00:00.000Z',
      changedBy: carol,
    });
    pinNow('2026-12-19T10:00:00+01:00');
    await api.put(bobsStage, { stage: 'shadow' }, alice);
    const history = await api.get(`${bobsStage}/history`, alice);
    expect(history.body).toEqual({
      teamRef,
      userRef: bob,
      changes: [
        {
          stage: 'observer',
          changedBy: carol,
          changedAt: '2026-12-12T09:00:00.000Z',
        },
        {
          stage: 'shadow',
          changedBy: alice,
          changedAt: '2026-12-19T09:00:00.000Z',
        },
      ],
    });
    const readiness = await api.get(`${desk}/readiness`, carol);
    expect(readiness.body.people[1]).toMatchObject({
      userRef: bob,
      stage: 'shadow',
      since: '2026-12-19T09:00:00.000Z',
    });
    expect((await api.get('/me/readiness', bob)).body).toEqual({
      userRef: bob,
      desks: [
        {
          teamRef,
          stage: 'shadow',
          since: '2026-12-19T09:00:00.000Z',
          playbooks: [],
        },
      ],
    });
  });

  it('lets only the team change stages, of its own members, to a known stage', async () => {
    expect((await api.put(bobsStage, { stage: 'shadow' }, dave)).status).toBe(
      403,
    );
    expect((await api.get(`${desk}/readiness`, dave)).status).toBe(403);
    expect((await api.get(`${bobsStage}/history`, dave)).status).toBe(403);
    for (const [path, body] of [
      [bobsStage, { stage: 'expert' }],
      [bobsStage, {}],
      [bobsStage, { stage: 'shadow', since: '2026-01-01' }],
      [`${desk}/readiness/people/default/dave`, { stage: 'shadow' }],
      [`${desk}/readiness/people/default/b%20b`, { stage: 'shadow' }],
    ] as const) {
      expect({
        path,
        status: (await api.put(path, body, alice)).status,
      }).toEqual({ path, status: 400 });
    }
    expect((await api.get(`${bobsStage}/history`, alice)).body.changes).toEqual(
      [],
    );
  });

  it('warns in the preview and on the desk about shifts before someone is ready', async () => {
    await api.put(bobsStage, { stage: 'observer' }, carol);
    const readiness = await api.get(`${desk}/readiness`, alice);
    const bobs = readiness.body.warnings.filter(
      (w: { userRef: string }) => w.userRef === bob,
    );
    expect(bobs.map((w: { kind: string }) => w.kind)).toEqual([
      'alone',
      'no-observer-week',
      'alone',
      'alone',
    ]);
    expect(bobs[0]).toMatchObject({ stage: 'observer' });

    // In the draft, bob observes for a week first and then supports with alice.
    const draft = platformDesk().rotation;
    const preview = await api.post(
      `${desk}/rotation-preview`,
      {
        rotation: {
          ...draft,
          membersPerShift: 2,
          observers: [bob],
        },
        shifts: 4,
      },
      alice,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.readinessWarnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'no-observer-week', userRef: bob }),
      ]),
    );
    expect(
      preview.body.readinessWarnings.every(
        (w: { kind: string }) => w.kind !== 'alone',
      ),
    ).toBe(true);
  });

  it('lists the desk playbooks to read first', async () => {
    await api.post(
      `${desk}/entries`,
      {
        kind: 'playbook',
        title: 'Deploys are stuck',
        body: 'When the deploy queue has not moved for 10 minutes.',
        steps: [{ title: 'Check the runners' }],
      },
      alice,
    );
    const { body } = await api.get(`${desk}/readiness`, alice);
    expect(body.playbooks).toEqual([
      { id: expect.any(String), title: 'Deploys are stuck' },
    ]);
  });
});
