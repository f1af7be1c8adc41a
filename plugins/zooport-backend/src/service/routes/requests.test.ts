import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import {
  admin,
  alice,
  bob,
  carol,
  dave,
  erin,
  platformDesk,
  recipientsOf,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
const securityDesk = '/desks/default/security';

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;
  let types: Record<string, { id: string }>;
  let zooporter: string;

  beforeEach(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
    const created = await api.put(desk, platformDesk());
    if (created.status !== 201) {
      throw new Error(`Could not create the desk: ${created.text}`);
    }
    const listed = await api.get(`${desk}/request-types`, dave);
    types = Object.fromEntries(
      listed.body.items.map((t: { name: string; id: string }) => [t.name, t]),
    );
    zooporter = (await api.get(`${desk}/on-duty`)).body.onDuty[0].userRef;
    api.notifications.length = 0;
  });

  /** A desk member who is not on duty now. */
  const colleague = () => [alice, bob, carol].find(u => u !== zooporter)!;

  function question(changes: Record<string, unknown> = {}) {
    return {
      teamRef: 'group:default/platform-software',
      typeId: types.Question.id,
      title: 'How do I get a preview environment?',
      description: 'For my **branch**, please.',
      ...changes,
    };
  }

  async function file(changes: Record<string, unknown> = {}, as = dave) {
    const response = await api.post('/requests', question(changes), as);
    if (response.status !== 201) {
      throw new Error(`Could not file: ${response.text}`);
    }
    return response.body;
  }

  async function count() {
    return (await api.get('/requests?limit=100')).body.items.length;
  }

  describe('request types', () => {
    it('gives a new desk the default set', () => {
      expect(Object.keys(types)).toEqual([
        'Question',
        'Access request',
        'Bug report',
        'Incident / urgent',
      ]);
    });

    it('lets the team add, change and archive types, and nobody else', async () => {
      const body = {
        name: 'New VM',
        description: 'A virtual machine for your team',
        fields: [
          {
            key: 'size',
            label: 'Size',
            kind: 'select',
            required: true,
            options: ['small', 'large'],
          },
        ],
        sla: Object.fromEntries(
          ['urgent', 'high', 'medium', 'low'].map(p => [
            p,
            { firstResponseMinutes: 60, resolutionMinutes: 480 },
          ]),
        ),
      };
      expect((await api.post(`${desk}/request-types`, body, dave)).status).toBe(
        403,
      );
      const created = await api.post(`${desk}/request-types`, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: 'New VM',
        defaultPriority: 'medium',
        archived: false,
        revision: 1,
      });
      expect((await api.post(`${desk}/request-types`, body)).status).toBe(409);

      const path = `${desk}/request-types/${created.body.id}`;
      const renamed = await api
        .put(path, { ...body, name: 'Virtual machine' })
        .set('If-Match', '"1"');
      expect(renamed.status).toBe(200);
      const stale = await api
        .put(path, { ...body, name: 'VM' })
        .set('If-Match', '"1"');
      expect(stale.status).toBe(412);

      const overwritten = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api.put(path, {
            ...body,
            name: 'Virtual machine',
            description: `${i}`,
          }),
        ),
      );
      expect(overwritten.map(response => response.status)).toEqual(
        Array.from({ length: 10 }, () => 200),
      );
      const read = await api.get(`${desk}/request-types`);
      const stored = read.body.items.find(
        (type: { id: string }) => type.id === created.body.id,
      );
      expect(stored.revision).toBe(12);
      const staleAgain = await api
        .put(path, { ...body, name: 'VM' })
        .set('If-Match', '"2"');
      expect(staleAgain.status).toBe(412);
      expect(
        (await api.get(`${desk}/request-types`)).body.items.find(
          (type: { id: string }) => type.id === created.body.id,
        ),
      ).toEqual(stored);

      expect((await api.delete(path)).body.archived).toBe(true);
      const refused = await api.post(
        '/requests',
        question({ typeId: created.body.id, fields: { size: 'small' } }),
        dave,
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('typeId');
    });

    it('takes field keys named like properties every object has', async () => {
      const keys = ['constructor', 'toString', 'hasOwnProperty', 'prototype'];
      const created = await api.post(`${desk}/request-types`, {
        name: 'Odd keys',
        fields: keys.map(key => ({ key, label: key, kind: 'text' })),
        sla: Object.fromEntries(
          ['urgent', 'high', 'medium', 'low'].map(p => [
            p,
            { firstResponseMinutes: 60, resolutionMinutes: 480 },
          ]),
        ),
      });
      expect(created.status).toBe(201);

      const empty = await api.post(
        '/requests',
        question({ typeId: created.body.id }),
        dave,
      );
      expect(empty.status).toBe(201);
      expect(empty.body.fields).toEqual({});

      const filled = await api.post(
        '/requests',
        question({ typeId: created.body.id, fields: { toString: 'x' } }),
        dave,
      );
      expect(filled.status).toBe(201);
      expect(filled.body.fields).toEqual({ toString: 'x' });

      const required = await api.put(
        `${desk}/request-types/${created.body.id}`,
        {
          name: 'Odd keys',
          fields: [
            { key: 'constructor', label: 'C', kind: 'text', required: true },
          ],
          sla: created.body.sla,
        },
      );
      expect(required.status).toBe(200);
      const before = await count();
      const missing = await api.post(
        '/requests',
        question({ typeId: created.body.id }),
        dave,
      );
      expect(missing.status).toBe(400);
      expect(missing.body.error).toMatchObject({ name: 'InputError' });
      expect(missing.body.error.message).toContain('fields.constructor');
      expect(await count()).toBe(before);
    });

    it.each([
      ['a key __proto__', '__proto__'],
      ['a key constructor the type lacks', 'constructor'],
    ])('refuses request fields with %s, and files nothing', async (_n, key) => {
      const before = await count();
      const response = await api
        .post('/requests', undefined, dave)
        .set('Content-Type', 'application/json')
        .send(
          `{"teamRef":"group:default/platform-software","typeId":"${types.Question.id}","title":"Hi","fields":{"${key}":"x"}}`,
        );
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('InputError');
      expect(response.body.error.message).toContain('fields');
      expect(await count()).toBe(before);
    });

    it.each([
      ['no SLA', { name: 'X' }, 'sla'],
      [
        'a select without options',
        {
          name: 'X',
          fields: [{ key: 'a', label: 'A', kind: 'select' }],
        },
        'fields.0.options',
      ],
    ])('refuses a type with %s', async (_case, body, field) => {
      const response = await api.post(`${desk}/request-types`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
    });
  });

  describe('filing a request', () => {
    it("routes it to the desk's Zooporter with its SLA clocks running", async () => {
      const response = await api.post(
        '/requests',
        question({ impact: 'high', urgency: 'low' }),
        dave,
      );
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        teamRef: 'group:default/platform-software',
        typeName: 'Question',
        status: 'new',
        impact: 'high',
        urgency: 'low',
        priority: 'medium',
        requesterRef: dave,
        assigneeRef: zooporter,
        sla: {
          firstResponse: {
            targetMinutes: 120,
            clock: 'business',
            paused: false,
          },
          resolution: { targetMinutes: 1440, clock: 'business', paused: false },
        },
      });
      expect(response.body.sla.firstResponse.deadline).toMatch(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0[12]:00$/,
      );
      expect(recipientsOf(api.notifications)).toEqual([
        {
          userRef: zooporter,
          title: '🐢 turtle: new medium request',
        },
      ]);
      // Dave by the display name the catalog gives him.
      expect(api.notifications[0].payload.description).toBe(
        'Dave Lindqvist asks: How do I get a preview environment?',
      );

      const read = await api.get(`/requests/${response.body.id}`, erin);
      expect(read.status).toBe(200);
      expect(read.body.events.map((e: { kind: string }) => e.kind)).toEqual([
        'created',
        'assigned',
      ]);
      expect(read.body.may).toEqual({
        update: false,
        participate: false,
        approve: false,
      });
    });

    it("takes the type's default priority when impact and urgency are not given", async () => {
      const incident = await file({ typeId: types['Incident / urgent'].id });
      expect(incident.priority).toBe('urgent');
      expect(incident.sla.firstResponse).toMatchObject({
        targetMinutes: 5,
        clock: 'always',
      });
    });

    it('creates one request for a double submit', async () => {
      const body = question({ idempotencyKey: 'submit-7f3a9c' });
      const [first, second] = await Promise.all([
        api.post('/requests', body, dave),
        api.post('/requests', body, dave),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 201]);
      expect(first.body.id).toBe(second.body.id);
      expect(await count()).toBe(1);
    });

    it('stores markdown as typed, script tags and all', async () => {
      const description = '<script>alert(1)</script> [x](javascript:alert(1))';
      const filed = await file({ description });
      expect((await api.get(`/requests/${filed.id}`)).body.description).toBe(
        description,
      );
    });

    it('loses no request and assigns each once under 50 concurrent creations', async () => {
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api.post('/requests', question({ title: `Request ${i}` }), dave),
        ),
      );
      expect(responses.map(r => r.status)).toEqual(Array(50).fill(201));
      expect(new Set(responses.map(r => r.body.id)).size).toBe(50);
      expect(responses.every(r => r.body.assigneeRef === zooporter)).toBe(true);

      const first = await api.get('/requests?limit=30');
      const second = await api.get(
        `/requests?limit=30&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.nextCursor).toBeNull();
      const titles = [...first.body.items, ...second.body.items].map(
        (r: { title: string }) => r.title,
      );
      expect(new Set(titles).size).toBe(50);
    });
  });

  describe('bad input changes nothing', () => {
    it.each([
      ['a missing title', { title: undefined }, 400, 'title'],
      ['an empty title', { title: '   ' }, 400, 'title'],
      ['an unknown type', { typeId: 'nope' }, 400, 'typeId'],
      [
        'a 1 MB description',
        { description: 'x'.repeat(1024 * 1024) },
        400,
        'body',
      ],
      [
        'a 60 kB description',
        { description: 'x'.repeat(60_000) },
        400,
        'description',
      ],
      ['impact without urgency', { impact: 'high' }, 400, 'urgency'],
      ['an unknown impact', { impact: 'huge', urgency: 'low' }, 400, 'impact'],
      ['a malformed entity ref', { entityRef: 'component:' }, 400, 'entityRef'],
      ['an unknown field', { fields: { colour: 'red' } }, 400, 'fields.colour'],
      ['an unknown desk', { teamRef: 'group:default/nobody' }, 404, 'nobody'],
      ['a user as desk', { teamRef: 'user:default/dave' }, 400, 'teamRef'],
      ['an unknown property', { colour: 'red' }, 400, 'colour'],
    ])('%s', async (_case, changes, status, message) => {
      const response = await api.post('/requests', question(changes), dave);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toContain(message);
      expect(await count()).toBe(0);
    });

    it('a type from another desk', async () => {
      const security = await api.get(`${securityDesk}/request-types`);
      const response = await api.post(
        '/requests',
        question({ typeId: security.body.items[0].id }),
        dave,
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('typeId');
      expect(await count()).toBe(0);
    });

    it('fields the type requires, and choices outside its list', async () => {
      const response = await api.post(
        '/requests',
        question({
          typeId: types['Access request'].id,
          fields: { access_level: 'root' },
        }),
        dave,
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('fields.resource');
      expect(response.body.error.message).toContain('fields.access_level');
      expect(response.body.error.message).toContain('fields.reason');
      expect(await count()).toBe(0);
    });

    it('a malformed id or cursor', async () => {
      expect((await api.get('/requests/not-an-id')).status).toBe(400);
      expect((await api.get('/requests?cursor=abc')).status).toBe(400);
      expect((await api.get('/requests?status=sleeping')).status).toBe(400);
      expect(
        (await api.get('/requests/00000000-0000-4000-8000-000000000000'))
          .status,
      ).toBe(404);
    });
  });

  describe('lifecycle', () => {
    it('moves a request along and stops and pauses its clocks', async () => {
      const { id } = await file();
      const act = (action: string, as = zooporter, extra = {}) =>
        api.post(`/requests/${id}/transitions`, { action, ...extra }, as);

      expect((await act('acknowledge', dave)).status).toBe(403);
      const acknowledged = await act('acknowledge');
      expect(acknowledged.status).toBe(200);
      expect(acknowledged.body.status).toBe('acknowledged');
      expect(acknowledged.body.firstRespondedAt).not.toBeNull();
      expect(acknowledged.body.sla.firstResponse.state).toBe('met');
      expect(recipientsOf(api.notifications).pop()).toEqual({
        userRef: dave,
        title: 'Your request was acknowledged',
      });

      const waiting = await act('wait_for_requester');
      expect(waiting.body.sla.resolution).toMatchObject({
        paused: true,
        deadline: null,
      });

      // the requester's answer hands it back to the desk
      const answer = await api.post(
        `/requests/${id}/comments`,
        { body: 'It is feature/login' },
        dave,
      );
      expect(answer.status).toBe(201);
      const resumed = (await api.get(`/requests/${id}`)).body;
      expect(resumed.status).toBe('in_progress');
      expect(resumed.sla.resolution.paused).toBe(false);
      expect(resumed.sla.resolution.deadline).not.toBeNull();

      expect((await act('resolve')).status).toBe(400);
      const noTicket = await act('resolve', zooporter, {
        resolution: { category: 'bug_ticket_created' },
      });
      expect(noTicket.status).toBe(400);
      expect(noTicket.body.error.message).toContain('resolution.url');

      const resolved = await act('resolve', zooporter, {
        resolution: { category: 'answered', minutesSpent: 12 },
      });
      expect(resolved.body).toMatchObject({
        status: 'resolved',
        resolution: { category: 'answered', minutesSpent: 12 },
      });
      expect((await act('close', dave)).body.status).toBe('closed');

      const reopen = await act('reopen', dave);
      expect(reopen.status).toBe(409);
      const restart = await act('start');
      expect(restart.status).toBe(409);
      expect(restart.body.error.message).toContain('closed');
      const history = (await api.get(`/requests/${id}`)).body.events;
      expect(
        history
          .filter((e: { kind: string }) => e.kind === 'transition')
          .map((e: { details: { to: string } }) => e.details.to),
      ).toEqual([
        'acknowledged',
        'waiting_for_requester',
        'in_progress',
        'resolved',
        'closed',
      ]);
    });

    it('lets one of two simultaneous acknowledgements win', async () => {
      const { id } = await file();
      const [first, second] = await Promise.all([
        api.post(
          `/requests/${id}/transitions`,
          { action: 'acknowledge' },
          alice,
        ),
        api.post(`/requests/${id}/transitions`, { action: 'acknowledge' }, bob),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 409]);
      const events = (await api.get(`/requests/${id}`)).body.events;
      expect(
        events.filter((e: { kind: string }) => e.kind === 'transition'),
      ).toHaveLength(1);
    });

    it('reopens a resolved request and keeps counting from where it stopped', async () => {
      const { id } = await file();
      await api.post(
        `/requests/${id}/transitions`,
        { action: 'resolve', resolution: { category: 'self_service' } },
        zooporter,
      );
      const reopened = await api.post(
        `/requests/${id}/transitions`,
        { action: 'reopen' },
        dave,
      );
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({
        status: 'in_progress',
        resolution: null,
        resolvedAt: null,
      });
      expect(reopened.body.sla.resolution.state).not.toBe('met');
    });

    it.each([
      ['itself', (id: string) => id],
      ['a request that does not exist', () => randomUUID()],
    ])(
      'refuses a resolution as a duplicate of %s and keeps the request open',
      async (_case, original) => {
        const { id } = await file();
        const resolved = await api.post(
          `/requests/${id}/transitions`,
          {
            action: 'resolve',
            resolution: { category: 'duplicate', duplicateOf: original(id) },
          },
          zooporter,
        );
        expect(resolved.status).toBe(400);
        expect(resolved.body.error.message).toContain('resolution.duplicateOf');
        expect((await api.get(`/requests/${id}`)).body.status).toBe('new');
      },
    );

    it('redirects a request to another desk as a linked request', async () => {
      const { id } = await file();
      const resolved = await api.post(
        `/requests/${id}/transitions`,
        {
          action: 'resolve',
          resolution: {
            category: 'redirected',
            redirectTo: { teamRef: 'security' },
          },
        },
        zooporter,
      );
      expect(resolved.status).toBe(200);
      const { teamRef, requestId } = resolved.body.resolution.redirectedTo;
      expect(teamRef).toBe('group:default/security');
      const redirected = (await api.get(`/requests/${requestId}`)).body;
      expect(redirected).toMatchObject({
        teamRef: 'group:default/security',
        requesterRef: dave,
        title: 'How do I get a preview environment?',
        linkedRequestIds: [id],
        status: 'new',
      });
      expect(resolved.body.linkedRequestIds).toEqual([requestId]);
    });
  });

  describe('conversation', () => {
    it('keeps internal notes to the desk', async () => {
      const { id } = await file();
      expect(
        (
          await api.post(
            `/requests/${id}/comments`,
            { body: 'Secret', internal: true },
            dave,
          )
        ).status,
      ).toBe(403);
      expect(
        (await api.post(`/requests/${id}/comments`, { body: 'Me too' }, erin))
          .status,
      ).toBe(403);
      const note = await api.post(
        `/requests/${id}/comments`,
        { body: 'Looks like the quota', internal: true },
        colleague(),
      );
      expect(note.status).toBe(201);
      const bodies = (as: string) =>
        api
          .get(`/requests/${id}`, as)
          .then(r => r.body.events.map((e: { body: string }) => e.body));
      expect(await bodies(zooporter)).toContain('Looks like the quota');
      expect(await bodies(dave)).not.toContain('Looks like the quota');
      expect(await bodies(admin)).toContain('Looks like the quota');
      expect(
        (await api.post(`/requests/${id}/comments`, { body: ' ' }, dave))
          .status,
      ).toBe(400);
    });

    it('a public answer from the desk is the first response', async () => {
      const { id } = await file();
      await api.post(
        `/requests/${id}/comments`,
        { body: 'On it' },
        colleague(),
      );
      const read = (await api.get(`/requests/${id}`)).body;
      expect(read.firstRespondedAt).not.toBeNull();
      expect(read.sla.firstResponse.state).toBe('met');
      expect(recipientsOf(api.notifications).pop()?.userRef).toBe(dave);
    });

    it("escalates to the rest of the desk's people and the team lead", async () => {
      const { id } = await file();
      api.notifications.length = 0;
      const escalated = await api.post(
        `/requests/${id}/escalate`,
        { reason: 'Release is blocked' },
        dave,
      );
      expect(escalated.status).toBe(200);
      expect(escalated.body.escalations).toBe(1);
      const told = recipientsOf(api.notifications).map(r => r.userRef);
      // the fallback (dave) escalated, so is not told of his own escalation
      expect(told).toEqual(expect.arrayContaining([carol, zooporter]));
      expect(told).not.toContain(dave);
      expect(
        (await api.post(`/requests/${id}/escalate`, {}, erin)).status,
      ).toBe(403);
    });
  });

  describe('assignment', () => {
    const assign = (id: string, assigneeRef: string | null, as: string) =>
      api.put(`/requests/${id}/assignee`, { assigneeRef }, as);
    const assignedLines = async (id: string) =>
      (await api.get(`/requests/${id}`)).body.events
        .filter((e: { kind: string }) => e.kind === 'assigned')
        .map((e: { actorRef: string; details: object }) => ({
          actorRef: e.actorRef,
          ...e.details,
        }));

    it('lets a desk member take a request and hand it to a teammate, with history lines and a notice', async () => {
      const { id } = await file();
      const taker = colleague();
      api.notifications.length = 0;

      const taken = await assign(id, taker, taker);
      expect(taken.status).toBe(200);
      expect(taken.body.assigneeRef).toBe(taker);
      expect(api.notifications).toEqual([]);

      const handed = await assign(id, zooporter, taker);
      expect(handed.status).toBe(200);
      expect(handed.body.assigneeRef).toBe(zooporter);
      expect(recipientsOf(api.notifications)).toEqual([
        { userRef: zooporter, title: '🐢 turtle: a request is yours now' },
      ]);
      expect(api.notifications[0].payload.description).toMatch(
        new RegExp(`handed to you by ${taker.split('/')[1]}\\.$`),
      );

      const released = await assign(id, null, zooporter);
      expect(released.body.assigneeRef).toBeNull();
      expect((await assignedLines(id)).slice(-3)).toEqual([
        { actorRef: taker, from: zooporter, to: taker, reason: 'taken' },
        { actorRef: taker, from: taker, to: zooporter, reason: 'handed' },
        { actorRef: zooporter, from: zooporter, to: null, reason: 'released' },
      ]);
    });

    it('refuses outsiders, people outside the team and finished requests, and changes nothing', async () => {
      const { id } = await file();
      const before = (await api.get(`/requests/${id}`)).body;

      expect((await assign(id, dave, dave)).status).toBe(403);
      const stranger = await assign(id, erin, colleague());
      expect(stranger.status).toBe(400);
      expect(stranger.body.error.message).toMatch(/^assigneeRef: /);
      expect((await assign(id, 'not a ref', colleague())).status).toBe(400);
      expect(
        (
          await api.put(
            `/requests/${id}/assignee`,
            { assigneeRef: colleague(), extra: 1 },
            colleague(),
          )
        ).status,
      ).toBe(400);
      expect(
        (await assign('00000000-0000-4000-8000-000000000000', alice, alice))
          .status,
      ).toBe(404);
      expect((await api.get(`/requests/${id}`)).body).toEqual(before);

      await api.post(
        `/requests/${id}/transitions`,
        { action: 'resolve', resolution: { category: 'answered' } },
        zooporter,
      );
      const late = await assign(id, colleague(), colleague());
      expect(late.status).toBe(409);
      expect(late.body.error.message).toBe(
        'The request is resolved; only open requests change hands',
      );
    });
  });

  describe('approval', () => {
    it('holds the work until a named approver approves', async () => {
      const type = await api.post(`${desk}/request-types`, {
        name: 'Production access',
        approvers: [erin],
        sla: Object.fromEntries(
          ['urgent', 'high', 'medium', 'low'].map(p => [
            p,
            { firstResponseMinutes: 60, resolutionMinutes: 480 },
          ]),
        ),
      });
      const filed = await file({ typeId: type.body.id });
      expect(filed.approval).toMatchObject({
        state: 'pending',
        approvers: [erin],
      });
      const start = () =>
        api.post(
          `/requests/${filed.id}/transitions`,
          { action: 'start' },
          zooporter,
        );
      expect((await start()).status).toBe(409);
      const approve = (as: string) =>
        api.post(
          `/requests/${filed.id}/approval`,
          { decision: 'approved' },
          as,
        );
      expect((await approve(zooporter)).status).toBe(403);
      const approved = await approve(erin);
      expect(approved.status).toBe(200);
      expect(approved.body.approval).toMatchObject({
        state: 'approved',
        by: erin,
      });
      expect((await approve(erin)).status).toBe(409);
      expect((await start()).status).toBe(200);
    });
  });

  describe('listing', () => {
    it('filters by assignee, requester, status, priority and text', async () => {
      await file({ title: 'Kafka topic quota' });
      await file(
        { title: 'Grafana dashboard', impact: 'high', urgency: 'high' },
        erin,
      );
      const closed = await file({ title: 'Old thing' });
      await api.post(
        `/requests/${closed.id}/transitions`,
        { action: 'close' },
        dave,
      );

      const titles = async (query: string, as = dave) =>
        (await api.get(`/requests?${query}`, as)).body.items
          .map((r: { title: string }) => r.title)
          .sort();
      expect(await titles('requester=me')).toEqual([
        'Kafka topic quota',
        'Old thing',
      ]);
      expect(await titles('assignee=me', zooporter)).toHaveLength(3);
      expect(await titles('status=open')).toEqual([
        'Grafana dashboard',
        'Kafka topic quota',
      ]);
      expect(await titles('priority=urgent')).toEqual(['Grafana dashboard']);
      expect(await titles('text=KAFKA%20quota')).toEqual(['Kafka topic quota']);
      expect(await titles('text=50%25')).toEqual([]);
      const [kafka] = (await api.get('/requests?text=kafka')).body.items;
      await api.post(
        `/requests/${kafka.id}/comments`,
        { body: 'Raised the partition limit' },
        zooporter,
      );
      await api.post(
        `/requests/${kafka.id}/comments`,
        { body: 'Broker secret', internal: true },
        zooporter,
      );
      expect(await titles('text=partition')).toEqual(['Kafka topic quota']);
      expect(await titles('text=broker')).toEqual([]);
      expect(await titles('breached=false')).toHaveLength(3);
      expect(await titles('breached=true')).toEqual([]);
      expect(await titles('desk=security')).toEqual([]);
    });
  });

  describe('listing by when, type and resolution', () => {
    // Instants relative to a pinned now, in UTC.
    const now = DateTime.fromISO('2026-11-10T12:00:00Z', { zone: 'utc' });
    const at = (days: number) => now.minus({ days }).toISO()!;
    afterEach(unpinNow);

    async function fileAt(
      days: number,
      changes: Record<string, unknown>,
    ): Promise<{ id: string }> {
      pinNow(at(days));
      return file(changes);
    }

    async function resolveAt(days: number, id: string, category: string) {
      pinNow(at(days));
      const response = await api.post(
        `/requests/${id}/transitions`,
        { action: 'resolve', resolution: { category, minutesSpent: 5 } },
        zooporter,
      );
      expect(response.status).toBe(200);
    }

    /** A question answered a week ago, a bug report answered with a docs link, a question still open. */
    async function seed() {
      const answered = await fileAt(9, { title: 'Answered' });
      await resolveAt(8, answered.id, 'answered');
      const bug = await fileAt(6, {
        title: 'Pointed to docs',
        typeId: types['Bug report'].id,
      });
      await resolveAt(2, bug.id, 'documentation_link');
      await fileAt(1, { title: 'Open' });
      pinNow(now.toISO()!);
    }

    const titles = async (query: string) => {
      const response = await api.get(`/requests?${query}`, dave);
      expect(response.status).toBe(200);
      return response.body.items.map((r: { title: string }) => r.title);
    };
    const q = (params: Record<string, string>) =>
      new URLSearchParams(params).toString();

    it('selects requests filed in [from, to)', async () => {
      await seed();
      expect(await titles(q({ filedFrom: at(7), filedTo: at(1) }))).toEqual([
        'Pointed to docs',
      ]);
      expect(await titles(q({ filedFrom: at(1) }))).toEqual(['Open']);
      expect(await titles(q({ filedTo: at(6) }))).toEqual(['Answered']);
    });

    it('selects requests resolved in [from, to)', async () => {
      await seed();
      expect(await titles(q({ resolvedFrom: at(3) }))).toEqual([
        'Pointed to docs',
      ]);
      expect(
        await titles(q({ resolvedFrom: at(8), resolvedTo: at(2) })),
      ).toEqual(['Answered']);
      expect(await titles(q({ resolvedTo: at(0) }))).toEqual([
        'Pointed to docs',
        'Answered',
      ]);
    });

    it('selects requests of the given types', async () => {
      await seed();
      expect(await titles(q({ type: types['Bug report'].id }))).toEqual([
        'Pointed to docs',
      ]);
      const both = `${types.Question.id},${types['Bug report'].id}`;
      expect(await titles(q({ type: both }))).toEqual([
        'Open',
        'Pointed to docs',
        'Answered',
      ]);
    });

    it('selects requests resolved in the given ways', async () => {
      await seed();
      expect(await titles(q({ category: 'documentation_link' }))).toEqual([
        'Pointed to docs',
      ]);
      expect(
        await titles(q({ category: 'answered,documentation_link' })),
      ).toEqual(['Pointed to docs', 'Answered']);
      expect(await titles(q({ category: 'faq_entry' }))).toEqual([]);
    });

    it('pages through a narrowed list', async () => {
      await seed();
      const first = await api.get(
        `/requests?${q({ type: types.Question.id, limit: '1' })}`,
        dave,
      );
      expect(first.body.items.map((r: { title: string }) => r.title)).toEqual([
        'Open',
      ]);
      const rest = await titles(
        q({
          type: types.Question.id,
          limit: '1',
          cursor: first.body.nextCursor,
        }),
      );
      expect(rest).toEqual(['Answered']);
    });

    it.each([
      [{ filedFrom: 'yesterday' }, /^filedFrom: must be an ISO 8601 date-time/],
      [{ resolvedTo: '2026-11-10' }, /^resolvedTo: must be an ISO 8601/],
      [
        { filedFrom: '2026-11-10T00:00:00Z', filedTo: '2026-11-09T00:00:00Z' },
        /^filedTo: must not be before filedFrom$/,
      ],
      [
        {
          resolvedFrom: '2026-11-10T00:00:00Z',
          resolvedTo: '2026-11-10T00:30:00+01:00',
        },
        /^resolvedTo: must not be before resolvedFrom$/,
      ],
      [{ category: 'solved,answered' }, /^category\.0: /],
      [{ type: ',' }, /^type: /],
      [{ type: 'x'.repeat(65) }, /^type\.0: /],
    ])('refuses %p with a 400', async (params, message) => {
      const response = await api.get(`/requests?${q(params)}`, dave);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    });
  });

  describe('figures', () => {
    it("sums up the desk's requests of the period", async () => {
      const first = await file();
      await file({ title: 'Second' });
      await api.post(
        `/requests/${first.id}/transitions`,
        {
          action: 'resolve',
          resolution: { category: 'answered', minutesSpent: 7 },
        },
        zooporter,
      );
      const response = await api.get(`${desk}/figures?days=7`, dave);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        teamRef: 'group:default/platform-software',
        open: 1,
        filed: 2,
        firstResponseMetPercent: 100,
        resolutions: { answered: 1 },
        load: [{ userRef: zooporter, requests: 2, minutesSpent: 7 }],
        types: [{ typeName: 'Question', requests: 2 }],
      });
      expect((await api.get(`${desk}/figures?days=0`)).status).toBe(400);
    });
  });

  describe('webhook', () => {
    it('is set by the team, hidden from others, and queues posts for new requests', async () => {
      const url = 'https://chat.example.com/hooks/abc';
      expect((await api.put(`${desk}/webhook`, { url }, dave)).status).toBe(
        403,
      );
      expect((await api.put(`${desk}/webhook`, { url: 'ftp:x' })).status).toBe(
        400,
      );
      const internal = await api.put(`${desk}/webhook`, {
        url: 'http://127.0.0.1:7007/api/catalog',
      });
      expect(internal.status).toBe(400);
      expect(internal.body.error.message).toMatch(
        'url: 127.0.0.1 is not one of the allowed webhook hosts',
      );
      expect((await api.get(`${desk}/webhook`)).body.url).toBeNull();
      expect((await api.put(`${desk}/webhook`, { url })).status).toBe(200);
      expect((await api.get(`${desk}/webhook`, dave)).status).toBe(403);
      await file();
      const hook = await api.get(`${desk}/webhook`);
      expect(hook.body.url).toBe(url);
      expect(hook.body.deliveries).toMatchObject([
        { event: 'request.created', attempts: 0, deliveredAt: null },
      ]);
    });
  });
});
