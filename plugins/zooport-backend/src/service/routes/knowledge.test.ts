import {
  admin,
  alice,
  bob,
  dave,
  erin,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
const securityDesk = '/desks/default/security';

const faq = (title: string, body: string, changes = {}) => ({
  kind: 'faq',
  title,
  body,
  ...changes,
});

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    api = await startZooportBackend(await databases.init(databaseId));
    await api.put(desk, platformDesk());
  });

  async function write(body: object, path = desk, as = alice) {
    const response = await api.post(`${path}/entries`, body, as);
    if (response.status !== 201) {
      throw new Error(`Could not write the entry: ${response.text}`);
    }
    return response.body;
  }

  const titlesOf = (items: { entry: { title: string } }[]) =>
    items.map(hit => hit.entry.title);

  describe('writing entries', () => {
    it('lets the team write FAQ entries and playbooks, and nobody else', async () => {
      const entry = await write(
        faq('How do I raise a Kafka topic quota?', 'Open a **request**.'),
      );
      expect(entry).toMatchObject({
        teamRef: 'group:default/platform-software',
        kind: 'faq',
        authorRef: alice,
        revision: 1,
        stale: false,
        feedback: { helped: 0, notHelped: 0 },
      });
      const playbook = await write({
        kind: 'playbook',
        title: 'Deploys are stuck',
        body: 'When the deploy queue has not moved for 10 minutes.',
        steps: [
          { title: 'Check the runners', body: '`kubectl get pods -n ci`' },
          { title: 'Restart the queue' },
        ],
        links: [{ title: 'Dashboard', url: 'https://grafana.example.com/ci' }],
        severityHints: ['SEV2 when more than one team is blocked'],
        reviewEveryDays: 90,
      });
      expect(playbook.steps).toHaveLength(2);
      expect(
        (await api.post(`${desk}/entries`, faq('Q', 'A'), dave)).status,
      ).toBe(403);
      expect(
        (await api.post(`${desk}/entries`, faq('Q', 'A'), admin)).status,
      ).toBe(201);
    });

    it.each([
      ['an empty title', faq(' ', 'A'), 400, 'title'],
      ['an FAQ entry without answer', faq('Q', ''), 400, 'body'],
      [
        'a playbook without steps',
        { kind: 'playbook', title: 'P' },
        400,
        'steps',
      ],
      ['a 200 kB answer', faq('Q', 'x'.repeat(200_001)), 400, 'body'],
      [
        'a javascript: link',
        {
          ...faq('Q', 'A'),
          // eslint-disable-next-line no-script-url -- the link under test
          links: [{ title: 'x', url: 'javascript:alert(1)' }],
        },
        400,
        'links.0.url',
      ],
      ['an unknown kind', faq('Q', 'A', { kind: 'howto' }), 400, 'kind'],
    ])('refuses %s', async (_case, body, status, field) => {
      const response = await api.post(`${desk}/entries`, body);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toContain(field);
      expect((await api.get('/entries')).body.items).toEqual([]);
    });

    it('refuses an unknown desk', async () => {
      const response = await api.post(
        '/desks/default/nobody/entries',
        faq('Q', 'A'),
        admin,
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain('group:default/nobody');
    });

    it('stores markdown as typed', async () => {
      const body = 'Hi <script>alert(1)</script> [x](javascript:alert(1))';
      const entry = await write(faq('Q', body));
      expect((await api.get(`/entries/${entry.id}`)).body.body).toBe(body);
    });
  });

  describe('history', () => {
    it('keeps every version and restores an old one as the newest', async () => {
      const entry = await write(faq('VPN token', 'First answer'));
      const path = `/entries/${entry.id}`;
      const second = await api
        .put(path, faq('VPN token', 'Second answer'))
        .set('If-Match', '"1"');
      expect(second.status).toBe(200);
      expect(second.body.revision).toBe(2);
      const stale = await api
        .put(path, faq('VPN token', 'Lost answer'))
        .set('If-Match', '"1"');
      expect(stale.status).toBe(412);
      expect((await api.put(path, faq('VPN token', 'X'), dave)).status).toBe(
        403,
      );

      const versions = (await api.get(`${path}/versions`, dave)).body.items;
      expect(versions.map((v: { revision: number }) => v.revision)).toEqual([
        2, 1,
      ]);
      expect(versions[1].content.body).toBe('First answer');

      const restored = await api.post(`${path}/versions/1/restore`, {}, bob);
      expect(restored.status).toBe(200);
      expect(restored.body).toMatchObject({
        revision: 3,
        body: 'First answer',
      });
      expect((await api.post(`${path}/versions/9/restore`, {})).status).toBe(
        404,
      );
    });

    it('keeps a version of each of concurrent saves without If-Match', async () => {
      const entry = await write(faq('VPN token', 'First answer'));
      const path = `/entries/${entry.id}`;

      const saved = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          api.put(path, faq('VPN token', `Answer ${i}`)),
        ),
      );

      expect(saved.map(response => response.status)).toEqual(
        saved.map(() => 200),
      );
      const versions = (await api.get(`${path}/versions`)).body.items;
      expect(versions.map((v: { revision: number }) => v.revision)).toEqual(
        Array.from({ length: 11 }, (_, i) => 11 - i),
      );
      const read = await api.get(path);
      expect(read.body).toMatchObject({
        revision: 11,
        body: versions[0].content.body,
      });

      const stale = await api
        .put(path, faq('VPN token', 'Lost answer'))
        .set('If-Match', '"10"');
      expect(stale.status).toBe(412);
      expect((await api.get(path)).body).toMatchObject({
        revision: 11,
        body: read.body.body,
      });
    });

    it('deletes for the team only, and search forgets the entry', async () => {
      const entry = await write(faq('Kafka quota', 'Ask us'));
      expect((await api.delete(`/entries/${entry.id}`, dave)).status).toBe(403);
      expect((await api.delete(`/entries/${entry.id}`)).status).toBe(204);
      expect((await api.get(`/entries/${entry.id}`)).status).toBe(404);
      expect((await api.get('/entries/search?q=kafka')).body.items).toEqual([]);
    });
  });

  describe('feedback', () => {
    it('counts one vote per person, which they may change', async () => {
      const entry = await write(faq('Q', 'A'));
      const vote = (helped: boolean, as: string) =>
        api.post(`/entries/${entry.id}/feedback`, { helped }, as);
      await vote(true, dave);
      await vote(true, dave);
      await vote(false, erin);
      expect((await vote(true, bob)).body.feedback).toEqual({
        helped: 2,
        notHelped: 1,
      });
      expect((await vote(false, dave)).body.feedback).toEqual({
        helped: 1,
        notHelped: 2,
      });
      const read = await api.get(`/entries/${entry.id}`, dave);
      expect(read.body.myVote).toBe(false);
      expect(read.headers['cache-control']).toBe('no-store');
      expect((await api.get(`/entries/${entry.id}`, admin)).body.myVote).toBe(
        null,
      );
      expect(
        (await api.post(`/entries/${entry.id}/feedback`, { helped: 'yes' }))
          .status,
      ).toBe(400);
    });
  });

  describe('search', () => {
    beforeEach(async () => {
      await write(
        faq('Grafana dashboards', 'Kafka lag is on the kafka board.'),
      );
      await write(faq('Kafka topic quota', 'Raise it in the platform portal.'));
      await write(faq('VPN tokens', 'Reset them yourself.', { tags: ['vpn'] }));
    });

    it('ranks title hits above body hits and marks the words found', async () => {
      const response = await api.get('/entries/search?q=kafka', dave);
      expect(response.status).toBe(200);
      const { items } = response.body;
      expect(titlesOf(items)).toEqual([
        'Kafka topic quota',
        'Grafana dashboards',
      ]);
      expect(items[0].highlights.title).toEqual([
        { text: 'Kafka', match: true },
        { text: ' topic quota', match: false },
      ]);
      expect(
        items[1].highlights.body.filter((p: { match: boolean }) => p.match),
      ).toEqual([
        { text: 'Kafka', match: true },
        { text: 'kafka', match: true },
      ]);
    });

    it('matches word beginnings, needs every word, and takes no operators', async () => {
      const titles = async (q: string) =>
        titlesOf(
          (await api.get(`/entries/search?q=${encodeURIComponent(q)}`)).body
            .items,
        );
      expect(await titles('kaf')).toHaveLength(2);
      expect(await titles('kafka quota')).toEqual(['Kafka topic quota']);
      expect(await titles('kafka vpn')).toEqual([]);
      expect(await titles('"vpn" (*')).toEqual(['VPN tokens']);
      expect(await titles('token')).toEqual(['VPN tokens']);
      expect(await titles('how do I raise the quota')).toEqual([
        'Kafka topic quota',
      ]);
      expect((await api.get('/entries/search?q=')).status).toBe(400);
      expect(await titles('kafka&desk=security')).toEqual([]);
    });
  });

  describe('excerpts', () => {
    it('read as text, without markdown marks', async () => {
      await write(
        faq(
          'Certificates',
          'Renew **expired certificates** in [the portal](https://certs.example.com) with `certctl renew`.',
        ),
      );
      const [hit] = (await api.get('/entries/search?q=certctl')).body.items;
      const body = hit.highlights.body
        .map((part: { text: string }) => part.text)
        .join('');
      expect(body).toContain('Renew expired certificates in the portal with');
      expect(body).not.toMatch(/[*`]|https:/);
    });
  });

  describe('suggestions', () => {
    it('offers entries and the animals whose topics match', async () => {
      await write(faq('Deploy pipeline is red', 'Retry the job.'));
      const response = await api.get('/suggest?q=my%20deploy%20fails', dave);
      expect(response.status).toBe(200);
      expect(titlesOf(response.body.entries)).toEqual([
        'Deploy pipeline is red',
      ]);
      expect(response.body.desks).toEqual([
        {
          teamRef: 'group:default/platform-software',
          animal: { name: 'turtle', emoji: '🐢', colour: '#2E7D32' },
          matchedTopics: ['deploy'],
        },
      ]);
      expect((await api.get('/suggest?q=')).body).toEqual({
        entries: [],
        desks: [],
      });
    });

    it('matches what a question is about, not its generic words, and offers no weak match', async () => {
      await write(faq('How do I get a new virtual machine?', 'Use the form.'));
      await write(
        faq('Service templates', 'Scaffolding a service from a template.'),
      );
      const titles = async (question: string) =>
        titlesOf(
          (await api.get(`/suggest?q=${encodeURIComponent(question)}`, dave))
            .body.entries,
        );
      // "new" and "every" and "fails" say nothing about templates.
      const offered = await titles(
        'Template scaffolding fails for every new service',
      );
      expect(offered[0]).toBe('Service templates');
      expect(offered).not.toContain('How do I get a new virtual machine?');
      expect(await titles('Scaffolding fails')).toEqual(['Service templates']);
      // Only generic words: they are what there is to go by.
      expect(await titles('new')).toEqual([
        'How do I get a new virtual machine?',
      ]);
    });

    it('puts entries about the entity, or by its owner, first', async () => {
      await write(faq('Secrets rotation', 'How to rotate.'));
      await write(
        faq('Secrets rotation', 'How to rotate.'),
        securityDesk,
        erin,
      );
      const first = async (entityRef: string) => {
        const response = await api.get(
          `/suggest?q=secrets%20rotation&entityRef=${entityRef}`,
        );
        return response.body.entries[0].entry.teamRef;
      };
      expect(await first('component:default/vault')).toBe(
        'group:default/security',
      );
      await write(
        faq('Secrets rotation', 'How to rotate.', {
          entityRefs: ['component:default/deploy-pipeline'],
        }),
      );
      const forPipeline = await api.get(
        '/suggest?q=secrets%20rotation&entityRef=component:default/deploy-pipeline',
      );
      expect(forPipeline.body.entries[0].entry.teamRef).toBe(
        'group:default/platform-software',
      );
      expect(forPipeline.body.entries).toHaveLength(3);
    });
  });

  describe('requests answered by an entry', () => {
    async function answeredRequest(title: string, resolution: object) {
      const types = (await api.get(`${desk}/request-types`)).body.items;
      const filed = await api.post(
        '/requests',
        {
          teamRef: 'group:default/platform-software',
          typeId: types[0].id,
          title,
        },
        dave,
      );
      return api.post(
        `/requests/${filed.body.id}/transitions`,
        { action: 'resolve', resolution },
        alice,
      );
    }

    it('counts the requests an entry answered', async () => {
      const entry = await write(faq('VPN tokens', 'Reset them yourself.'));
      const resolved = await answeredRequest('VPN token', {
        category: 'faq_entry',
        entryId: entry.id,
      });
      expect(resolved.status).toBe(200);
      expect(
        (await api.get(`/entries/${entry.id}`)).body.answeredRequests,
      ).toBe(1);
      const unknown = await answeredRequest('VPN token', {
        category: 'faq_entry',
        entryId: '00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain('resolution.entryId');
    });

    it('proposes questions answered again and again as FAQ entries', async () => {
      for (const title of [
        'How do I reset my VPN token?',
        'VPN token reset',
        'Reset the VPN token please',
        'Kafka topic quota',
      ]) {
        await answeredRequest(title, { category: 'answered' });
      }
      const candidates = (await api.get(`${desk}/faq-candidates`, dave)).body
        .items;
      expect(candidates).toHaveLength(1);
      expect(candidates[0].requests).toHaveLength(3);
      expect(candidates[0].words.sort()).toEqual(['reset', 'token', 'vpn']);
    });
  });
});
