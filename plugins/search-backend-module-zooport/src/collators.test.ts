import { mockServices } from '@backstage/backend-test-utils';
import { createServer, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  ZooportEntryCollatorFactory,
  ZooportRequestCollatorFactory,
} from './collators';
import { ZooportPages } from './ZooportPages';

/** A stand-in Zooport backend serving two pages of each list. */
function zooportBackend() {
  const seen: IncomingMessage[] = [];
  const entry = (n: number) => ({
    id: `e${n}`,
    teamRef: 'group:default/platform-software',
    kind: n === 1 ? 'playbook' : 'faq',
    title: `Entry ${n}`,
    body: `Answer ${n}`,
    steps: n === 1 ? [{ title: 'Check runners', body: 'kubectl' }] : [],
    severityHints: [],
    tags: ['ci'],
    updatedAt: '2026-11-20T10:00:00.000Z',
  });
  const request = (n: number) => ({
    id: `r${n}`,
    teamRef: 'group:default/security',
    title: `Request ${n}`,
    description: 'Please help',
    status: 'resolved',
    priority: 'low',
    resolution: { category: 'answered', note: 'Done', minutesSpent: 3 },
    updatedAt: '2026-11-21T10:00:00.000Z',
  });
  const server = createServer((req, res) => {
    seen.push(req);
    const url = new URL(req.url!, 'http://localhost');
    const second = url.searchParams.get('cursor') === 'page-2';
    const make = url.pathname.endsWith('/entries') ? entry : request;
    res.setHeader('Content-Type', 'application/json');
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
  let pages: ZooportPages;

  beforeEach(async () => {
    backend = zooportBackend();
    await new Promise<void>(resolve =>
      backend.server.listen(0, '127.0.0.1', resolve),
    );
    const { port } = backend.server.address() as AddressInfo;
    pages = new ZooportPages({
      discovery: mockServices.discovery.mock({
        getBaseUrl: async () => `http://127.0.0.1:${port}/api/zooport`,
      }),
      auth: mockServices.auth(),
    });
  });

  afterEach(async () => {
    await new Promise(resolve => backend.server.close(resolve));
  });

  it('indexes every FAQ entry and playbook, page after page', async () => {
    const documents = await collect(new ZooportEntryCollatorFactory(pages));
    expect(documents).toHaveLength(3);
    expect(documents[0]).toEqual({
      title: 'Entry 1',
      text: 'Answer 1\n\nCheck runners\nkubectl',
      location: '/zooport/knowledge/e1',
      kind: 'playbook',
      teamRef: 'group:default/platform-software',
      tags: ['ci'],
      lastUpdated: '2026-11-20T10:00:00.000Z',
    });
    expect(backend.seen.map(req => req.url)).toEqual([
      '/api/zooport/entries?limit=200',
      '/api/zooport/entries?limit=200&cursor=page-2',
    ]);
    expect(backend.seen[0].headers.authorization).toMatch(/^Bearer /);
  });

  it('indexes requests with their resolution', async () => {
    const documents = await collect(new ZooportRequestCollatorFactory(pages));
    expect(documents.map((d: any) => d.location)).toEqual([
      '/zooport/requests/r1',
      '/zooport/requests/r2',
      '/zooport/requests/r3',
    ]);
    expect(documents[0]).toMatchObject({
      title: 'Request 1',
      text: 'Please help\n\nDone',
      status: 'resolved',
    });
  });

  it('says which permission guards the documents', () => {
    expect(
      new ZooportEntryCollatorFactory(pages).visibilityPermission.name,
    ).toBe('zooport.entry.read');
    expect(
      new ZooportRequestCollatorFactory(pages).visibilityPermission.name,
    ).toBe('zooport.request.read');
  });
});
