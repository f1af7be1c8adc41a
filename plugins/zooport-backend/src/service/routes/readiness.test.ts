import {
  admin,
  alice,
  bob,
  carol,
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
const securityDesk = '/desks/default/security';
const unknownId = '00000000-0000-4000-8000-000000000000';

const scenario = (title: string, changes = {}) => ({
  title,
  opening: 'PagerDuty: **checkout p99 > 2s**',
  evidence: '```\nERROR pool exhausted\n```',
  difficulty: 'hard',
  facilitatorNotes: 'The connection pool is too small since the deploy.',
  ...changes,
});

const workshop = (changes = {}) => ({
  startsAt: '2026-12-09T14:00:00+01:00',
  durationMinutes: 90,
  facilitatorRef: carol,
  participantRefs: [alice, bob],
  ...changes,
});

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    pinNow('2026-12-02T10:00:00Z');
    api = await startZooportBackend(await databases.init(databaseId));
    await api.put(desk, platformDesk());
    await api.put(securityDesk, { animal: { name: 'German shepherd' } }, admin);
  });

  afterEach(unpinNow);

  /** The body of a response that must be 201. */
  async function created(
    pending: PromiseLike<{ status: number; text: string; body: any }>,
  ) {
    const response = await pending;
    if (response.status !== 201) {
      throw new Error(`Expected 201: ${response.status} ${response.text}`);
    }
    return response.body;
  }

  const write = (body: object, path = desk, as = alice) =>
    created(api.post(`${path}/scenarios`, body, as));

  describe('scenarios', () => {
    it('lets the team write and read the deck, and nobody else', async () => {
      const card = await write(scenario('Checkout is slow'));
      expect(card).toMatchObject({
        teamRef: 'group:default/platform-software',
        title: 'Checkout is slow',
        difficulty: 'hard',
        draft: false,
        playbookIds: [],
        links: [],
        authorRef: alice,
        revision: 1,
        sourceRequestId: null,
      });
      expect(
        (await api.post(`${desk}/scenarios`, scenario('X'), dave)).status,
      ).toBe(403);
      expect((await api.get(`${desk}/scenarios`, dave)).status).toBe(403);
      expect((await api.get(`${desk}/scenarios/${card.id}`, dave)).status).toBe(
        403,
      );
      expect(
        (await api.put(`${desk}/scenarios/${card.id}`, scenario('X'), dave))
          .status,
      ).toBe(403);
      expect(
        (await api.delete(`${desk}/scenarios/${card.id}`, dave)).status,
      ).toBe(403);
      expect(
        (await api.post(`${desk}/scenarios`, scenario('By an admin'), admin))
          .status,
      ).toBe(201);

      await write(scenario('A draft', { draft: true }));
      const deck = (await api.get(`${desk}/scenarios`, bob)).body;
      expect(deck.items.map((s: { title: string }) => s.title)).toEqual([
        'A draft',
        'By an admin',
        'Checkout is slow',
      ]);
      expect(deck).toMatchObject({ ready: 2, members: 3, target: 6 });
    });

    it.each([
      ['an empty title', scenario(' '), 'title'],
      [
        'an unknown difficulty',
        scenario('T', { difficulty: 'brutal' }),
        'difficulty',
      ],
      [
        'a link that is not http(s)',
        scenario('T', { links: [{ title: 'x', url: 'ftp://example.com/x' }] }),
        'links.0.url',
      ],
      [
        'a malformed playbook id',
        scenario('T', { playbookIds: ['nope'] }),
        'playbookIds.0',
      ],
      [
        'an unknown playbook',
        scenario('T', { playbookIds: [unknownId] }),
        'playbookIds.0',
      ],
      ['an unknown field', scenario('T', { owner: alice }), 'owner'],
    ])('refuses %s and writes nothing', async (_what, body, field) => {
      const response = await api.post(`${desk}/scenarios`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect((await api.get(`${desk}/scenarios`)).body.items).toEqual([]);
    });

    it('links only the desk’s own playbooks', async () => {
      const entry = (kind: string, path = desk, as = alice) =>
        created(
          api.post(
            `${path}/entries`,
            kind === 'faq'
              ? { kind, title: 'Q', body: 'A' }
              : { kind, title: 'Slow checkout', steps: [{ title: 'Look' }] },
            as,
          ),
        );
      const playbook = await entry('playbook');
      const faq = await entry('faq');
      const theirs = await entry('playbook', securityDesk, admin);
      expect(
        (await write(scenario('T', { playbookIds: [playbook.id] })))
          .playbookIds,
      ).toEqual([playbook.id]);
      for (const id of [faq.id, theirs.id]) {
        expect(
          (
            await api.post(
              `${desk}/scenarios`,
              scenario('T', { playbookIds: [id] }),
            )
          ).status,
        ).toBe(400);
      }
    });

    it('keeps every version, restores one, and refuses a stale write with 412', async () => {
      const card = await write(scenario('Checkout is slow'));
      const path = `${desk}/scenarios/${card.id}`;
      const second = await api
        .put(path, scenario('Checkout is very slow'))
        .set('If-Match', '"1"');
      expect(second.status).toBe(200);
      expect(second.headers.etag).toBe('"2"');
      const stale = await api
        .put(path, scenario('Lost'))
        .set('If-Match', '"1"');
      expect(stale.status).toBe(412);
      expect((await api.get(path)).body.title).toBe('Checkout is very slow');

      const versions = (await api.get(`${path}/versions`, bob)).body.items;
      expect(versions.map((v: { revision: number }) => v.revision)).toEqual([
        2, 1,
      ]);
      const restored = await api.post(`${path}/versions/1/restore`, {}, bob);
      expect(restored.body).toMatchObject({
        title: 'Checkout is slow',
        revision: 3,
      });
      expect(
        (await api.post(`${path}/versions/9/restore`, {}, bob)).status,
      ).toBe(404);
    });

    it('answers 404 for unknown scenarios and those of another desk', async () => {
      const theirs = await write(scenario('Theirs'), securityDesk, admin);
      for (const id of [unknownId, theirs.id]) {
        expect((await api.get(`${desk}/scenarios/${id}`)).status).toBe(404);
        expect(
          (await api.put(`${desk}/scenarios/${id}`, scenario('X'))).status,
        ).toBe(404);
        expect((await api.delete(`${desk}/scenarios/${id}`)).status).toBe(404);
      }
      expect((await api.get(`${desk}/scenarios/not-an-id`)).status).toBe(400);
      expect(
        (await api.get('/desks/default/nobody/scenarios', admin)).status,
      ).toBe(404);
    });

    it('takes a deleted scenario out of the deck', async () => {
      const card = await write(scenario('Old'));
      expect((await api.delete(`${desk}/scenarios/${card.id}`)).status).toBe(
        204,
      );
      expect((await api.get(`${desk}/scenarios`)).body.items).toEqual([]);
      expect((await api.get(`${desk}/scenarios/${card.id}`)).status).toBe(404);
    });
  });

  describe('a draft from a request', () => {
    async function resolvedRequest() {
      const types = (await api.get(`${desk}/request-types`, dave)).body.items;
      const request = await created(
        api.post(
          '/requests',
          {
            teamRef: 'group:default/platform-software',
            typeId: types[0].id,
            title: 'Deploys hang at 90%',
            description: 'Since noon every deploy hangs.',
          },
          dave,
        ),
      );
      const path = `/requests/${request.id}`;
      await created(
        api.post(`${path}/comments`, { body: 'Which repository?' }, alice),
      );
      await created(
        api.post(
          `${path}/comments`,
          { body: 'Runner pool is full, secret', internal: true },
          alice,
        ),
      );
      await created(
        api.post(`${path}/comments`, { body: 'All of them' }, dave),
      );
      return request.id as string;
    }

    const resolve = (id: string) =>
      api.post(
        `/requests/${id}/transitions`,
        {
          action: 'resolve',
          resolution: {
            category: 'answered',
            note: 'Scaled the runners',
            minutesSpent: 20,
          },
        },
        alice,
      );

    it('turns a resolved request into a draft with its public conversation only', async () => {
      const id = await resolvedRequest();
      expect(
        (await api.post(`${desk}/scenarios/from-request`, { requestId: id }))
          .status,
      ).toBe(400);
      expect((await resolve(id)).status).toBe(200);
      expect(
        (
          await api.post(
            `${desk}/scenarios/from-request`,
            { requestId: id },
            dave,
          )
        ).status,
      ).toBe(403);
      const draft = await created(
        api.post(`${desk}/scenarios/from-request`, { requestId: id }),
      );
      expect(draft).toMatchObject({
        title: 'Deploys hang at 90%',
        draft: true,
        sourceRequestId: id,
        facilitatorNotes: 'Resolved as answered.\n\nScaled the runners',
      });
      expect(draft.opening).toContain('> Since noon every deploy hangs.');
      expect(draft.evidence).toContain('> Which repository?');
      expect(draft.evidence).toContain('> All of them');
      expect(draft.evidence).not.toContain('secret');
      // drafts are not drawn
      expect((await api.get(`${desk}/scenarios`)).body.ready).toBe(0);
    });

    it('refuses requests of other desks and unknown ones', async () => {
      const id = await resolvedRequest();
      await resolve(id);
      expect(
        (
          await api.post(
            `${securityDesk}/scenarios/from-request`,
            { requestId: id },
            admin,
          )
        ).status,
      ).toBe(400);
      expect(
        (
          await api.post(`${desk}/scenarios/from-request`, {
            requestId: unknownId,
          })
        ).status,
      ).toBe(404);
      expect(
        (await api.post(`${desk}/scenarios/from-request`, { requestId: 'x' }))
          .status,
      ).toBe(400);
    });
  });

  describe('workshops', () => {
    const plan = (changes = {}, as = carol) =>
      created(api.post(`${desk}/workshops`, workshop(changes), as));

    it('plans a workshop of team members only', async () => {
      const planned = await plan();
      expect(planned).toMatchObject({
        startsAt: '2026-12-09T13:00:00.000Z',
        endsAt: '2026-12-09T14:30:00.000Z',
        durationMinutes: 90,
        facilitatorRef: carol,
        participantRefs: [alice, bob],
        held: false,
        createdBy: carol,
      });
      for (const [changes, field] of [
        [{ participantRefs: [alice, dave] }, 'participantRefs.1'],
        [{ facilitatorRef: dave }, 'facilitatorRef'],
        [{ durationMinutes: 5 }, 'durationMinutes'],
        [{ startsAt: 'tomorrow' }, 'startsAt'],
        [{ participantRefs: [] }, 'participantRefs'],
      ] as const) {
        const response = await api.post(`${desk}/workshops`, workshop(changes));
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(field);
      }
      expect(
        (await api.post(`${desk}/workshops`, workshop(), dave)).status,
      ).toBe(403);
      expect((await api.get(`${desk}/workshops`)).body.items).toHaveLength(1);
      const replanned = await api.put(
        `${desk}/workshops/${planned.id}`,
        workshop({ durationMinutes: 60 }),
      );
      expect(replanned.body.endsAt).toBe('2026-12-09T14:00:00.000Z');
      expect(
        (await api.put(`${desk}/workshops/${unknownId}`, workshop())).status,
      ).toBe(404);
    });

    it('passes the hat: no card twice for a participant while the deck allows', async () => {
      const cards = [
        await write(scenario('One')),
        await write(scenario('Two')),
      ];
      await write(scenario('Draft', { draft: true }));
      const ids = cards.map(card => card.id);
      const first = await plan();
      const draw = (workshopId: string, participantRef: string, as = carol) =>
        api.post(
          `${desk}/workshops/${workshopId}/turns`,
          { participantRef },
          as,
        );

      const a1 = (await draw(first.id, alice)).body;
      const b1 = (await draw(first.id, bob)).body;
      expect(ids).toContain(a1.scenarioId);
      // the room gets the other card first
      expect(b1.scenarioId).toBe(ids.find(id => id !== a1.scenarioId));
      expect([a1.repeat, b1.repeat]).toEqual([false, false]);

      const second = await plan({ startsAt: '2027-01-13T14:00:00+01:00' });
      const a2 = (await draw(second.id, alice)).body;
      expect(a2).toMatchObject({
        scenarioId: ids.find(id => id !== a1.scenarioId),
        repeat: false,
      });
      pinNow('2026-12-02T10:20:00Z');
      const a3 = (await draw(second.id, alice)).body;
      expect(a3.repeat).toBe(true);
      expect(ids).toContain(a3.scenarioId);

      expect((await draw(first.id, carol)).status).toBe(400);
      expect((await draw(first.id, alice, dave)).status).toBe(403);
      expect((await draw(unknownId, alice)).status).toBe(404);

      const record = (await api.get(`${desk}/workshops/${second.id}`, bob))
        .body;
      expect(record.workshop.held).toBe(true);
      // drawing the next turn ended the one before
      expect(
        record.turns.map((t: { endedAt: string | null }) => t.endedAt !== null),
      ).toEqual([true, false]);
      expect(record.scenarios.map((s: { id: string }) => s.id).sort()).toEqual(
        [...new Set([a2.scenarioId, a3.scenarioId])].sort(),
      );
    });

    it('refuses a draw from an empty deck', async () => {
      const planned = await plan();
      await write(scenario('Draft', { draft: true }));
      const response = await api.post(`${desk}/workshops/${planned.id}/turns`, {
        participantRef: alice,
      });
      expect(response.status).toBe(400);
    });

    it('keeps the steps, notes and actions of each turn', async () => {
      const card = await write(scenario('One'));
      const planned = await plan();
      const path = `${desk}/workshops/${planned.id}`;
      const turn = await created(
        api.post(`${path}/turns`, { participantRef: alice }),
      );
      const turnPath = `${path}/turns/${turn.id}`;

      await api.put(
        `${turnPath}/steps`,
        { steps: '1. Looked at the board' },
        bob,
      );
      const saved = await api.put(
        `${turnPath}/steps`,
        { steps: '1. Looked at the board\n2. Paged DBA' },
        carol,
      );
      expect(saved.body).toMatchObject({
        steps: '1. Looked at the board\n2. Paged DBA',
        stepsUpdatedBy: carol,
      });
      expect(
        (await api.put(`${turnPath}/steps`, { steps: 'x' }, dave)).status,
      ).toBe(403);
      expect(
        (await api.put(`${path}/turns/${unknownId}/steps`, { steps: 'x' }))
          .status,
      ).toBe(404);
      const ended = await api.post(`${turnPath}/end`, {});
      expect(ended.body.endedAt).toBe('2026-12-02T10:00:00.000Z');

      const note = await created(
        api.post(
          `${path}/notes`,
          {
            turnId: turn.id,
            column: 'awesome',
            text: 'Found the pool fast',
            link: { kind: 'scenario', id: card.id },
          },
          bob,
        ),
      );
      expect(note).toMatchObject({
        column: 'awesome',
        authorRef: bob,
        turnId: turn.id,
      });
      for (const body of [
        { column: 'meh', text: 'x' },
        { column: 'crappy', text: ' ' },
        { column: 'crappy', text: 'x', turnId: unknownId },
        {
          column: 'crappy',
          text: 'x',
          link: { kind: 'playbook', id: unknownId },
        },
      ]) {
        expect((await api.post(`${path}/notes`, body)).status).toBe(400);
      }

      const action = await created(
        api.post(
          `${path}/actions`,
          {
            title: 'Raise the pool size alert',
            ownerRef: bob,
            dueOn: '2026-12-16',
            link: {
              kind: 'url',
              target: 'https://grafana.example.com/d/pool',
              label: 'Pool dashboard',
            },
            turnId: turn.id,
          },
          carol,
        ),
      );
      expect(action).toMatchObject({
        status: 'open',
        ownerRef: bob,
        closedAt: null,
      });
      const refused = await api.post(`${path}/actions`, {
        title: 'X',
        ownerRef: dave,
        dueOn: '2026-12-16',
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('ownerRef');
      expect(
        (
          await api.post(`${path}/actions`, {
            title: 'X',
            ownerRef: bob,
            dueOn: '2026-12-16',
            link: { kind: 'request', target: unknownId, label: 'r' },
          })
        ).status,
      ).toBe(400);

      const open = (await api.get(`${desk}/actions?status=open`, bob)).body
        .items;
      expect(open.map((a: { id: string }) => a.id)).toEqual([action.id]);
      expect((await api.get(`${desk}/actions?status=sleeping`)).status).toBe(
        400,
      );
      expect((await api.get(`${desk}/actions`, dave)).status).toBe(403);
      const done = await api.put(`${desk}/actions/${action.id}`, {
        title: action.title,
        ownerRef: bob,
        dueOn: action.dueOn,
        link: action.link,
        status: 'done',
      });
      expect(done.body).toMatchObject({
        status: 'done',
        closedAt: '2026-12-02T10:00:00.000Z',
      });
      expect((await api.get(`${desk}/actions?status=open`)).body.items).toEqual(
        [],
      );
      expect(
        (
          await api.put(`${desk}/actions/${unknownId}`, {
            title: 'X',
            ownerRef: bob,
            dueOn: '2026-12-16',
            status: 'done',
          })
        ).status,
      ).toBe(404);

      const record = (await api.get(path, alice)).body;
      expect(record.turns).toHaveLength(1);
      expect(record.notes.map((n: { id: string }) => n.id)).toEqual([note.id]);
      expect(record.actions.map((a: { status: string }) => a.status)).toEqual([
        'done',
      ]);
      expect((await api.get(path, dave)).status).toBe(403);
    });

    it('keeps the cadence, a month by default', async () => {
      const cadence = await api.get(`${desk}/workshop-cadence`, bob);
      expect(cadence.body).toEqual({
        cadence: { every: 1, unit: 'months' },
        lastHeldAt: null,
        dueAt: '2027-01-02T10:00:00.000Z',
      });
      expect(
        (
          await api.put(
            `${desk}/workshop-cadence`,
            { every: 2, unit: 'weeks' },
            dave,
          )
        ).status,
      ).toBe(403);
      expect(
        (await api.put(`${desk}/workshop-cadence`, { every: 0, unit: 'weeks' }))
          .status,
      ).toBe(400);
      const set = await api.put(`${desk}/workshop-cadence`, {
        every: 2,
        unit: 'weeks',
      });
      expect(set.body).toMatchObject({
        cadence: { every: 2, unit: 'weeks' },
        dueAt: '2026-12-16T10:00:00.000Z',
      });
    });
  });
});
