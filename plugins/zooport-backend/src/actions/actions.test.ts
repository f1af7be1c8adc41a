import { actionsRegistryServiceFactory } from '@backstage/backend-defaults/alpha';
import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  alice,
  dave,
  erin,
  platformDesk,
  startZooportBackend,
} from '../__testUtils__/testBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { pinNow, unpinNow } from '../__testUtils__/pinnedNow';

jest.setTimeout(120_000);

beforeAll(() => pinNow('2026-11-26T15:00:00+01:00'));
afterAll(unpinNow);

const desk = '/desks/default/platform-software';
const platform = 'group:default/platform-software';
const actionsApi = '/api/zooport/.backstage/actions/v1/actions';

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    api = await startZooportBackend(await databases.init(databaseId), {
      // Erin may do nothing of what the actions do.
      denied: {
        [erin]: [
          'zooport.desk.read',
          'zooport.entry.read',
          'zooport.request.read',
          'zooport.request.create',
        ],
      },
      features: [actionsRegistryServiceFactory],
    });
    const created = await api.put(desk, platformDesk());
    if (created.status !== 201) {
      throw new Error(`Could not create the desk: ${created.text}`);
    }
  });

  /** Invokes a Zooport action through the actions HTTP API, as `as`. */
  const invoke = (
    name: string,
    input: object,
    as: string = dave,
    authorization = mockCredentials.user.header(as),
  ) =>
    request(api.server)
      .post(`${actionsApi}/zooport:${name}/invoke`)
      .set('Authorization', authorization)
      .send(input);

  it('lists its four actions, read-only ones as such', async () => {
    const response = await request(api.server)
      .get(actionsApi)
      .set('Authorization', mockCredentials.user.header(dave));

    expect(response.status).toBe(200);
    const attributes = Object.fromEntries(
      response.body.actions.map((a: { id: string; attributes: object }) => [
        a.id,
        a.attributes,
      ]),
    );
    const reading = { readOnly: true, idempotent: true, destructive: false };
    expect(attributes).toEqual({
      'zooport:who-is-on-duty': reading,
      'zooport:search-knowledge-base': reading,
      'zooport:get-support-request': reading,
      'zooport:file-support-request': {
        readOnly: false,
        idempotent: true,
        destructive: false,
      },
    });
  });

  describe('who-is-on-duty', () => {
    it('answers for a team or its animal as the on-duty route does', async () => {
      const rest = (await api.get(`${desk}/on-duty`)).body;
      expect(rest.onDuty.length).toBeGreaterThan(0);

      for (const who of ['platform-software', platform, 'Turtle']) {
        const response = await invoke('who-is-on-duty', { who });
        expect(response.status).toBe(200);
        expect(response.body.output).toEqual({
          teamRef: platform,
          animal: { name: 'turtle', emoji: '🐢' },
          at: rest.at,
          until: rest.shift.end,
          onDuty: rest.onDuty.map((m: { userRef: string }) => ({
            ...m,
            name: m.userRef.split('/')[1],
          })),
          observers: [],
          next: {
            start: rest.next.start,
            onDuty: rest.next.onDuty.map((m: { userRef: string }) => ({
              ...m,
              name: m.userRef.split('/')[1],
            })),
          },
        });
      }
    });

    it("answers for an entity with its owner's desk, at another instant", async () => {
      const response = await invoke('who-is-on-duty', {
        who: 'component:default/vault',
        at: '2026-12-01T10:00:00+01:00',
      });

      expect(response.status).toBe(200);
      expect(response.body.output).toMatchObject({
        teamRef: 'group:default/security',
        animal: { name: 'German shepherd' },
        ownedEntityRef: 'component:default/vault',
        onDuty: [],
        until: null,
        next: null,
      });
    });

    it('says which desks there are for a name no desk has', async () => {
      const response = await invoke('who-is-on-duty', { who: 'unicorn' });

      expect(response.status).toBe(404);
      expect(response.body.error.message).toBe(
        'No support desk is called unicorn; the desks are ' +
          'turtle (group:default/platform-software), ' +
          'German shepherd (group:default/security)',
      );
    });

    it('refuses a bad instant and someone who may not read desks', async () => {
      expect(
        (await invoke('who-is-on-duty', { who: 'turtle', at: 'tomorrow' }))
          .status,
      ).toBe(400);
      const denied = await invoke('who-is-on-duty', { who: 'turtle' }, erin);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe('You may not read support desks');
    });
  });

  describe('search-knowledge-base', () => {
    let entryId: string;

    beforeEach(async () => {
      const written = await api.post(`${desk}/entries`, {
        kind: 'faq',
        title: 'How do I raise a Kafka topic quota?',
        body: 'Open a request with the topic and the new quota.',
      });
      entryId = written.body.id;
    });

    it('finds entries with links to them, at one desk named by its animal', async () => {
      const response = await invoke('search-knowledge-base', {
        query: 'kafka quota',
        desk: 'turtle',
      });

      expect(response.status).toBe(200);
      expect(response.body.output.entries).toEqual([
        expect.objectContaining({
          id: entryId,
          title: 'How do I raise a Kafka topic quota?',
          kind: 'faq',
          teamRef: platform,
          excerpt: expect.stringContaining('Open a request'),
          link: `/zooport/knowledge/${entryId}`,
        }),
      ]);
      const elsewhere = await invoke('search-knowledge-base', {
        query: 'kafka quota',
        desk: 'German shepherd',
      });
      expect(elsewhere.body.output.entries).toEqual([]);
    });

    it('refuses someone who may not read the knowledge base', async () => {
      const response = await invoke(
        'search-knowledge-base',
        { query: 'kafka' },
        erin,
      );

      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe(
        'You may not read the knowledge base',
      );
    });
  });

  describe('file-support-request and get-support-request', () => {
    const question = (changes: object = {}) => ({
      desk: 'turtle',
      type: 'question',
      title: 'How do I get a preview environment?',
      idempotencyKey: 'assistant-7f3a9c',
      ...changes,
    });

    const filedBy = async (userRef: string) =>
      (await api.get(`/requests?requester=${userRef}`)).body.items;

    it('files once per idempotency key, to whoever is on duty', async () => {
      const zooporter = (await api.get(`${desk}/on-duty`)).body.onDuty[0]
        .userRef;

      const first = await invoke('file-support-request', question());
      const again = await invoke('file-support-request', question());

      expect(first.status).toBe(200);
      const { request: filed } = first.body.output;
      expect(first.body.output).toMatchObject({
        created: true,
        request: {
          teamRef: platform,
          typeName: 'Question',
          requesterRef: dave,
          assigneeRef: zooporter,
          status: 'new',
          link: `/zooport/requests/${filed.id}`,
        },
      });
      expect(again.body.output).toMatchObject({
        created: false,
        request: { id: filed.id },
      });
      expect(await filedBy(dave)).toHaveLength(1);
    });

    it('refuses bad input, a denied person and a service, filing nothing', async () => {
      const bad = await invoke(
        'file-support-request',
        question({ impact: 'high' }),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toBe(
        'urgency: give impact and urgency together, or neither',
      );
      const unknownType = await invoke(
        'file-support-request',
        question({ type: 'Wish' }),
      );
      expect(unknownType.status).toBe(400);
      const noKey = await invoke('file-support-request', {
        ...question(),
        idempotencyKey: undefined,
      });
      expect(noKey.status).toBe(400);

      const denied = await invoke('file-support-request', question(), erin);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe(
        'You may not create support requests',
      );
      const service = await invoke(
        'file-support-request',
        question(),
        dave,
        mockCredentials.service.header(),
      );
      expect(service.status).toBe(403);

      expect(await filedBy(dave)).toEqual([]);
      expect(await filedBy(erin)).toEqual([]);
    });

    it('shows a request as its route does: internal notes to the desk only', async () => {
      const { id } = (await invoke('file-support-request', question())).body
        .output.request;
      const note = await api.post(
        `/requests/${id}/comments`,
        { body: 'Probably the quota', internal: true },
        alice,
      );
      expect(note.status).toBe(201);

      const asRequester = await invoke('get-support-request', { id });
      const asDesk = await invoke('get-support-request', { id }, alice);

      expect(asRequester.status).toBe(200);
      expect(asRequester.body.output).toMatchObject({
        id,
        requesterRef: dave,
        may: { update: false, participate: true, approve: false },
        link: `/zooport/requests/${id}`,
      });
      expect(asDesk.body.output.may.update).toBe(true);
      const bodies = (response: request.Response) =>
        response.body.output.events.map((e: { body: string | null }) => e.body);
      expect(bodies(asDesk)).toContain('Probably the quota');
      expect(bodies(asRequester)).not.toContain('Probably the quota');
      const rest = (await api.get(`/requests/${id}`, dave)).body;
      expect(bodies(asRequester)).toEqual(
        rest.events.map((e: { body: string | null }) => e.body),
      );
    });

    it('refuses an unknown id and someone who may not read requests', async () => {
      const { id } = (await invoke('file-support-request', question())).body
        .output.request;

      expect(
        (
          await invoke('get-support-request', {
            id: '00000000-0000-4000-8000-000000000000',
          })
        ).status,
      ).toBe(404);
      expect((await invoke('get-support-request', { id: 'nope' })).status).toBe(
        400,
      );
      const denied = await invoke('get-support-request', { id }, erin);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe('You may not read requests');
    });
  });
});
