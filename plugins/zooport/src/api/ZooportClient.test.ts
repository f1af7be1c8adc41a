import { ResponseError } from '@backstage/errors';
import { errorResponse } from '../__testUtils__/fakeZooportApi';
import { ZooportClient } from './ZooportClient';

function clientAnswering(response: () => Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response(),
  );
  const client = new ZooportClient({
    discoveryApi: { getBaseUrl: async () => 'http://backend/api/zooport' },
    fetchApi: { fetch: fetch as typeof globalThis.fetch },
  });
  return { client, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('ZooportClient', () => {
  it('lists requests with repeated desks, comma lists and the cursor', async () => {
    const { client, fetch } = clientAnswering(() =>
      json({ items: [], nextCursor: null }),
    );

    await client.listRequests({
      desk: ['group:default/a', 'group:default/b'],
      status: 'open',
      priority: ['urgent', 'high'],
      assignee: 'me',
      breached: false,
      cursor: 'abc',
    });

    const url = new URL(fetch.mock.calls[0][0]);
    expect(url.pathname).toBe('/api/zooport/requests');
    expect(url.searchParams.getAll('desk')).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      status: 'open',
      priority: 'urgent,high',
      assignee: 'me',
      breached: 'false',
      cursor: 'abc',
    });
  });

  it('posts JSON and answers with the comments of the history', async () => {
    const { client, fetch } = clientAnswering(() =>
      json({ items: [{ id: '1' }] }, 201),
    );

    const events = await client.comment('req 1', {
      body: 'Hi',
      internal: true,
    });

    expect(events).toEqual([{ id: '1' }]);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backend/api/zooport/requests/req%201/comments');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'Hi', internal: true }),
    });
  });

  it('throws the backend refusal as a ResponseError', async () => {
    const { client } = clientAnswering(() =>
      errorResponse(409, 'ConflictError', 'already closed'),
    );

    const refusal = await client
      .transition('req-1', { action: 'close' })
      .catch(error => error);

    expect(ResponseError.is(refusal)).toBe(true);
    expect(refusal.cause.message).toBe('already closed');
  });

  it('reads the request types of a desk by its path', async () => {
    const { client, fetch } = clientAnswering(() => json({ items: [] }));

    await client.listRequestTypes('group:default/platform-software');

    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/zooport/desks/default/platform-software/request-types',
    );
  });
});
