import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  ZooportEntryCollatorFactory,
  ZooportRequestCollatorFactory,
} from './collators';
import { ZooportDesks } from './ZooportDesks';
import { ZooportPages } from './ZooportPages';

const platform = 'group:default/platform-software';
const security = 'group:default/security';

/** The teams in the catalog: one with a display name, one with a title. */
const catalog = catalogServiceMock({
  entities: [
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'platform-software', title: 'Platform' },
      spec: { type: 'team', profile: { displayName: 'Platform Software' } },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'security', title: 'Security' },
      spec: { type: 'team' },
    },
  ],
});

/**
 * A stand-in Zooport backend serving two pages of each list, and the desks:
 * the platform team's turtle, the security team's dog without an emoji.
 */
function zooportBackend() {
  const seen: IncomingMessage[] = [];
  const entry = (n: number) => ({
    id: `e${n}`,
    teamRef: platform,
    kind: n === 1 ? 'playbook' : 'faq',
    title: `Entry ${n}`,
    body: `Answer **${n}**`,
    steps:
      n === 1
        ? [
            { title: 'Check runners', body: 'Run `kubectl get pods`' },
            { title: 'Still stuck?', body: 'Restart the **queue**' },
          ]
        : [],
    severityHints: [],
    tags: ['ci'],
    updatedAt: '2026-11-20T10:00:00.000Z',
  });
  const request = (n: number) => ({
    id: `r${n}`,
    teamRef: n === 3 ? 'group:default/former-team' : security,
    title: `Request ${n}`,
    description:
      '## Help\n\nThe [VPN](https://vpn.example.com) is down:\n\n- since 9:00\n- for everyone',
    status: 'resolved',
    priority: 'low',
    resolution: {
      category: 'answered',
      note: '_Restarted_ it',
      minutesSpent: 3,
    },
    updatedAt: '2026-11-21T10:00:00.000Z',
  });
  const desks = [
    {
      teamRef: platform,
      animal: { name: 'turtle', emoji: '🐢', colour: '#2E7D32' },
    },
    { teamRef: security, animal: { name: 'German shepherd' } },
  ];
  const server = createServer((req, res) => {
    seen.push(req);
    const url = new URL(req.url!, 'http://localhost');
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname.endsWith('/desks')) {
      res.end(JSON.stringify({ items: desks }));
      return;
    }
    const second = url.searchParams.get('cursor') === 'page-2';
    const make = url.pathname.endsWith('/entries') ? entry : request;
    res.end(
      JSON.stringify({
        items: second ? [make(3)] : [make(1), make(2)],
        nextCursor: second ? null : 'page-2',
      }),
    );
  });
  return { server, seen };
}

async function collect(factory: {
  getCollator(): Promise<AsyncIterable<unknown>>;
}) {
  const documents = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('Zooport collators', () => {
  let backend: ReturnType<typeof zooportBackend>;
  let options: { pages: ZooportPages; desks: ZooportDesks };

  beforeEach(async () => {
    backend = zooportBackend();
    await new Promise<void>(resolve =>
      backend.server.listen(0, '127.0.0.1', resolve),
    );
    const { port } = backend.server.address() as AddressInfo;
    const auth = mockServices.auth();
    const pages = new ZooportPages({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async () => `http://127.0.0.1:${port}/api/zooport`,
      }),
      auth,
    });
    options = { pages, desks: new ZooportDesks({ pages, catalog, auth }) };
  });

  afterEach(async () => {
    await new Promise(resolve => backend.server.close(resolve));
  });

  it('indexes every FAQ entry and playbook, page after page', async () => {
    const documents = await collect(new ZooportEntryCollatorFactory(options));
    expect(documents).toHaveLength(3);
    expect(documents[0]).toEqual({
      title: 'Entry 1',
      text: 'Answer 1\n\nCheck runners: Run kubectl get pods\n\nStill stuck? Restart the queue',
      location: '/zooport/knowledge/e1',
      kind: 'playbook',
      teamRef: platform,
      teamTitle: 'Platform Software',
      animal: 'turtle',
      animalEmoji: '🐢',
      animalColour: '#2E7D32',
      tags: ['ci'],
      lastUpdated: '2026-11-20T10:00:00.000Z',
    });
    expect(backend.seen.map(req => req.url)).toEqual([
      '/api/zooport/desks',
      '/api/zooport/entries?limit=200',
      '/api/zooport/entries?limit=200&cursor=page-2',
    ]);
    expect(backend.seen[0].headers.authorization).toMatch(/^Bearer /);
  });

  it('indexes requests with their resolution, as plain text', async () => {
    const documents = await collect(new ZooportRequestCollatorFactory(options));
    expect(documents.map((d: any) => d.location)).toEqual([
      '/zooport/requests/r1',
      '/zooport/requests/r2',
      '/zooport/requests/r3',
    ]);
    expect(documents[0]).toEqual({
      title: 'Request 1',
      text: 'Help\nThe VPN is down:\nsince 9:00\nfor everyone\n\nRestarted it',
      location: '/zooport/requests/r1',
      teamRef: security,
      teamTitle: 'Security',
      animal: 'German shepherd',
      status: 'resolved',
      priority: 'low',
      lastUpdated: '2026-11-21T10:00:00.000Z',
    });
  });

  it('names a team without a desk after its ref, with no animal', async () => {
    const documents = await collect(new ZooportRequestCollatorFactory(options));
    expect(documents[2]).toMatchObject({
      teamRef: 'group:default/former-team',
      teamTitle: 'former-team',
    });
    expect(documents[2]).not.toHaveProperty('animal');
  });

  it('says which permission guards the documents', () => {
    expect(
      new ZooportEntryCollatorFactory(options).visibilityPermission.name,
    ).toBe('zooport.entry.read');
    expect(
      new ZooportRequestCollatorFactory(options).visibilityPermission.name,
    ).toBe('zooport.request.read');
  });
});
